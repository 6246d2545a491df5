package io.lectern.accounts.internal.audit;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One line of CSV as RFC 4180 writes it, made safe to open in a spreadsheet: a cell that starts
 * with {@code = + - @}, a tab or a CR gets an apostrophe in front (OWASP's advice against CSV
 * injection), so a username typed as {@code =HYPERLINK(...)} at a failed login stays text. The log
 * holds no numbers, so no cell is spared.
 */
final class CsvLine {

	private static final String FORMULA_STARTS = "=+-@\t\r";

	private CsvLine() {
	}

	static String of(List<String> cells) {
		return cells.stream().map(CsvLine::field).collect(Collectors.joining(",", "", "\r\n"));
	}

	static String field(String cell) {
		String text = cell == null ? "" : cell;
		if (!text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0) {
			text = "'" + text;
		}
		if (text.chars().anyMatch(c -> c == ',' || c == '"' || c == '\r' || c == '\n')) {
			return '"' + text.replace("\"", "\"\"") + '"';
		}
		return text;
	}
}
