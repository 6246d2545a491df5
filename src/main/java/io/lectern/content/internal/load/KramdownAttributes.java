package io.lectern.content.internal.load;

import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Jupyter Book before version 0.7 built its pages with Jekyll, and the Markdown it generated from
 * notebooks marks each cell's blocks with kramdown's block attribute lines: {@code {:.input_area}}
 * before a cell's code, {@code {:.output .output_stream}} before the text it printed,
 * {@code {:.output .output_data_text}} before its result, {@code {:.output .output_traceback_line}}
 * before an error, {@code {:.output_png}} before a picture. Jekyll turned them into classes; read as
 * MyST, each would show as a paragraph of its own. An output's code block becomes the notebook
 * output a notebook lesson shows; every other attribute line is dropped. Lines keep their numbers,
 * so problems are still reported where they are in the file.
 */
final class KramdownAttributes {

	/** A line that is only a block attribute list, {@code {: ... }}. */
	private static final Pattern ATTRIBUTE_LINE = Pattern.compile("\\{:([^{}]*)}[ \\t]*");
	private static final Pattern FENCE = Pattern.compile(" {0,3}(`{3,}|~{3,}).*");

	private KramdownAttributes() {
	}

	static String apply(String markdown) {
		if (!markdown.contains("{:")) {
			return markdown;
		}
		List<String> lines = markdown.lines().toList();
		StringBuilder out = new StringBuilder(markdown.length());
		for (int i = 0; i < lines.size(); i++) {
			Matcher attributes = ATTRIBUTE_LINE.matcher(lines.get(i));
			if (!attributes.matches()) {
				// A code block is copied as it is, to its closing fence (or the end, as CommonMark reads one left open).
				int last = FENCE.matcher(lines.get(i)).matches() ? closingFence(lines, i).orElse(lines.size() - 1) : i;
				lines.subList(i, last + 1).forEach(line -> out.append(line).append('\n'));
				i = last;
				continue;
			}
			List<String> classes = Arrays.stream(attributes.group(1).trim().split("\\s+"))
				.filter(word -> word.startsWith("."))
				.map(word -> word.substring(1))
				.toList();
			boolean output = classes.contains("output") && i + 1 < lines.size() && FENCE.matcher(lines.get(i + 1)).matches();
			OptionalInt end = output ? closingFence(lines, i + 1) : OptionalInt.empty();
			if (end.isEmpty()) {
				out.append('\n');
				continue;
			}
			String text = String.join("\n", lines.subList(i + 2, end.getAsInt()));
			out.append(NotebookOutputs.textOutput(kind(classes), text)).append('\n');
			// The block's other lines, left blank, keep the lines after it where they are.
			out.append("\n".repeat(end.getAsInt() - i));
			i = end.getAsInt();
		}
		return out.toString();
	}

	/** The line closing the code block that opens at {@code opening}; empty when it is left open. */
	private static OptionalInt closingFence(List<String> lines, int opening) {
		Matcher open = FENCE.matcher(lines.get(opening));
		open.matches();
		String fence = open.group(1);
		for (int j = opening + 1; j < lines.size(); j++) {
			Matcher closing = FENCE.matcher(lines.get(j));
			if (closing.matches() && lines.get(j).strip().equals(closing.group(1)) && closing.group(1).charAt(0) == fence.charAt(0)
					&& closing.group(1).length() >= fence.length()) {
				return OptionalInt.of(j);
			}
		}
		return OptionalInt.empty();
	}

	/** The notebook output class for the kind of output Jupyter Book named. */
	private static String kind(List<String> classes) {
		if (classes.contains("output_stream")) {
			return "notebook-stdout";
		}
		if (classes.stream().anyMatch(name -> name.startsWith("output_traceback") || name.equals("output_error"))) {
			return "notebook-error";
		}
		return "notebook-result";
	}
}
