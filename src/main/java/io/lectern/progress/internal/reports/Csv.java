package io.lectern.progress.internal.reports;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * CSV as RFC 4180 writes it, made safe to open in a spreadsheet.
 * <p>
 * The rules, in plain words. Every line, the last one too, ends with CR LF. A field is put in double
 * quotes when it holds a comma, a double quote, a CR or an LF, and a double quote inside it is
 * written twice. Against formula injection (OWASP's CSV injection advice), a cell that starts with
 * {@code =}, {@code +}, {@code -}, {@code @}, a tab or a CR gets an apostrophe in front, so that a
 * spreadsheet shows it as text instead of running it: a learner named {@code =HYPERLINK(...)} stays
 * a name. A plain number such as {@code -3} or {@code -0.25} (an optional minus, digits, and
 * optionally a point and more digits) is left as it is, because a number cannot be a formula and a
 * score should stay a number. The apostrophe goes in before quoting, so it sits inside the quotes.
 */
public final class Csv {

	private static final Pattern PLAIN_NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

	private static final String FORMULA_STARTS = "=+-@\t\r";

	private static final String CRLF = "\r\n";

	private Csv() {
	}

	/** A whole file: the header line, then one line per row; every row has as many cells as the header. */
	public static String document(List<String> header, List<List<String>> rows) {
		StringBuilder csv = new StringBuilder(line(header));
		for (List<String> row : rows) {
			if (row.size() != header.size()) {
				throw new IllegalArgumentException(
						"A row has " + row.size() + " cells but the header has " + header.size() + ": " + row);
			}
			csv.append(line(row));
		}
		return csv.toString();
	}

	/** One line, CR LF included, for writing a long report a row at a time; a null cell is empty. */
	public static String line(List<String> cells) {
		return cells.stream().map(Csv::field).collect(Collectors.joining(",", "", CRLF));
	}

	static String field(String cell) {
		String text = cell == null ? "" : cell;
		if (!text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 && !PLAIN_NUMBER.matcher(text).matches()) {
			text = "'" + text;
		}
		if (text.chars().anyMatch(c -> c == ',' || c == '"' || c == '\r' || c == '\n')) {
			return '"' + text.replace("\"", "\"\"") + '"';
		}
		return text;
	}
}
