package io.lectern.content.internal.render.myst;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.Document;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;

/**
 * {@code csv-table}: rows of comma-separated values in the body, quoted as CSV quotes them, with
 * {@code :header:} as an extra first row, {@code :header-rows:} and {@code :delim:}. Each cell is
 * Markdown text. Tables read from a {@code :file:} or {@code :url:} are not supported.
 */
final class CsvTable {

	private CsvTable() {
	}

	static Node build(Directive directive, Expansion expansion) {
		if (directive.options().containsKey("file") || directive.options().containsKey("url")) {
			expansion.warn(directive, "problem.directive.csvFile");
		}
		String delimiterOption = directive.option("delim");
		char delimiter = delimiterOption.equals("tab") ? '\t' : delimiterOption.length() == 1 ? delimiterOption.charAt(0) : ',';
		List<List<String>> values = new ArrayList<>();
		int headerRows = Tables.number(directive.option("header-rows"));
		if (!directive.option("header").isEmpty()) {
			values.add(split(directive.option("header"), delimiter));
			headerRows++;
		}
		String[] lines = directive.body().split("\n", -1);
		List<Integer> lineOf = new ArrayList<>();
		for (int i = 0; i < lines.length; i++) {
			if (!lines[i].isBlank()) {
				values.add(split(lines[i], delimiter));
				lineOf.add(i);
			}
		}
		int offset = values.size() - lineOf.size();
		List<List<Node>> rows = new ArrayList<>();
		for (int r = 0; r < values.size(); r++) {
			int line = directive.bodyLine() + (r < offset ? 0 : lineOf.get(r - offset));
			List<Node> cells = new ArrayList<>();
			for (String value : values.get(r)) {
				Paragraph cell = new Paragraph();
				expansion.appendInlines(cell, value, line);
				cells.add(cell);
			}
			rows.add(cells);
		}
		return Tables.labelled(directive, expansion, Tables.build(rows, headerRows, Tables.number(directive.option("stub-columns"))),
				new Document());
	}

	/** One CSV record: delimited values, a quoted value may hold the delimiter and "" for a quote. */
	static List<String> split(String line, char delimiter) {
		List<String> values = new ArrayList<>();
		StringBuilder value = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
					value.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					value.append(c);
				}
			}
			else if (c == '"' && value.toString().isBlank()) {
				quoted = true;
				value.setLength(0);
			}
			else if (c == delimiter) {
				values.add(value.toString().strip());
				value.setLength(0);
			}
			else {
				value.append(c);
			}
		}
		values.add(value.toString().strip());
		return values;
	}
}
