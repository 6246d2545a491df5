package io.lectern.content.internal.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * amsmath's {@code subequations}, read as mystmd reads it (its LaTeX reader makes a group of
 * subequations of it): the group takes the next equation number and each equation inside it a
 * letter after it, (1a), (1b). An {@code align} inside gives one subequation per line, as mystmd
 * splits it; any other environment inside is one subequation. A {@code \label} inside the group
 * but outside its environments names the group; one on a line names that line. Starred
 * environments and lines marked {@code \notag} or {@code \nonumber} take no letter, as in LaTeX.
 */
final class Subequations {

	/** One equation of the group: its TeX as it is typeset, and what numbers and names it. */
	record Part(String tex, Optional<String> label, boolean numbered, int lineOffset) {
	}

	private static final Pattern GROUP = Pattern.compile("^\\s*\\\\begin\\{subequations}(.*)\\\\end\\{subequations}\\s*$",
			Pattern.DOTALL);
	private static final Pattern INNER = Pattern.compile(
			"\\\\begin\\{(equation|align|alignat|gather|multline|flalign)(\\*?)}(.*?)\\\\end\\{\\1\\2}", Pattern.DOTALL);
	private static final Pattern LABEL = Pattern.compile("\\\\label\\{([^{}]*)}");
	private static final Pattern NO_NUMBER = Pattern.compile("\\\\(notag|nonumber)(?![A-Za-z])");

	private final List<Part> parts = new ArrayList<>();
	private Optional<String> label = Optional.empty();

	private Subequations() {
	}

	/** The group written in {@code source}, or empty when it is not a {@code subequations} environment. */
	static Optional<Subequations> read(String source) {
		Matcher group = GROUP.matcher(source);
		if (!group.matches()) {
			return Optional.empty();
		}
		Subequations read = new Subequations();
		String body = group.group(1);
		int from = 0;
		StringBuilder outside = new StringBuilder();
		Matcher inner = INNER.matcher(body);
		while (inner.find()) {
			outside.append(body, from, inner.start());
			from = inner.end();
			int line = lines(source, group.start(1) + inner.start());
			if (inner.group(1).equals("align")) {
				read.lines(inner.group(3), inner.group(2).isEmpty(), line);
			}
			else {
				read.add(inner.group(), inner.group(2).isEmpty(), line, false);
			}
		}
		outside.append(body.substring(from));
		Matcher named = LABEL.matcher(outside);
		read.label = named.find() ? Optional.of(named.group(1).strip()).filter(text -> !text.isEmpty()) : Optional.empty();
		return Optional.of(read);
	}

	List<Part> parts() {
		return parts;
	}

	/** The label written for the whole group. */
	Optional<String> label() {
		return label;
	}

	/** Each line of an {@code align}, split where {@code \\} ends it outside any inner environment or braces. */
	private void lines(String rows, boolean numbered, int line) {
		int depth = 0;
		int start = 0;
		int offset = line;
		for (int i = 0; i < rows.length(); i++) {
			char c = rows.charAt(i);
			if (c == '{') {
				depth++;
			}
			else if (c == '}') {
				depth--;
			}
			else if (c == '\\' && rows.startsWith("begin{", i + 1)) {
				depth++;
			}
			else if (c == '\\' && rows.startsWith("end{", i + 1)) {
				depth--;
			}
			if (c == '\\' && i + 1 < rows.length() && rows.charAt(i + 1) == '\\' && depth == 0) {
				addRow(rows.substring(start, i), numbered, offset);
				offset += lines(rows.substring(start, i + 2), Integer.MAX_VALUE);
				start = i + 2;
				i++;
			}
			else if (c == '\\') {
				i++;
			}
		}
		addRow(rows.substring(start), numbered, offset);
	}

	private void addRow(String row, boolean numbered, int line) {
		if (!row.isBlank()) {
			add(row, numbered, line + leadingLines(row), true);
		}
	}

	/** @param row whether {@code tex} is a line of an {@code align}, typeset in an {@code align*} of its own */
	private void add(String tex, boolean numbered, int line, boolean row) {
		Matcher named = LABEL.matcher(tex);
		Optional<String> partLabel = named.find() ? Optional.of(named.group(1).strip()).filter(text -> !text.isEmpty())
				: Optional.empty();
		boolean marked = NO_NUMBER.matcher(tex).find();
		String clean = NO_NUMBER.matcher(LABEL.matcher(tex).replaceAll("")).replaceAll("").strip();
		parts.add(new Part(row ? "\\begin{align*}" + clean + "\\end{align*}" : clean, partLabel, numbered && !marked, line));
	}

	/** How many line breaks come before {@code position}. */
	private static int lines(String text, int position) {
		int count = 0;
		for (int i = 0; i < position && i < text.length(); i++) {
			if (text.charAt(i) == '\n') {
				count++;
			}
		}
		return count;
	}

	private static int leadingLines(String row) {
		int count = 0;
		for (int i = 0; i < row.length() && Character.isWhitespace(row.charAt(i)); i++) {
			if (row.charAt(i) == '\n') {
				count++;
			}
		}
		return count;
	}
}
