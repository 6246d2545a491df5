package io.lectern.content.internal.load;

import java.util.Arrays;
import java.util.List;
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
		String openFence = null;
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i);
			Matcher fence = FENCE.matcher(line);
			if (openFence != null) {
				if (fence.matches() && closes(fence.group(1), openFence) && line.strip().equals(fence.group(1))) {
					openFence = null;
				}
				out.append(line).append('\n');
				continue;
			}
			Matcher attributes = ATTRIBUTE_LINE.matcher(line);
			if (!attributes.matches()) {
				if (fence.matches()) {
					openFence = fence.group(1);
				}
				out.append(line).append('\n');
				continue;
			}
			List<String> classes = Arrays.stream(attributes.group(1).trim().split("\\s+"))
				.filter(word -> word.startsWith("."))
				.map(word -> word.substring(1))
				.toList();
			int end = classes.contains("output") ? outputEnd(lines, i + 1) : -1;
			if (end < 0) {
				out.append('\n');
				continue;
			}
			String text = String.join("\n", lines.subList(i + 2, end));
			out.append(NotebookOutputs.textOutput(kind(classes), text)).append('\n');
			// The block's other lines, left blank, keep the lines after it where they are.
			out.append("\n".repeat(end - i));
			i = end;
		}
		return out.toString();
	}

	/** The line closing the code block that opens at {@code start}, or -1 when none opens there or it never closes. */
	private static int outputEnd(List<String> lines, int start) {
		if (start >= lines.size()) {
			return -1;
		}
		Matcher opening = FENCE.matcher(lines.get(start));
		if (!opening.matches()) {
			return -1;
		}
		for (int j = start + 1; j < lines.size(); j++) {
			Matcher closing = FENCE.matcher(lines.get(j));
			if (closing.matches() && closes(closing.group(1), opening.group(1)) && lines.get(j).strip().equals(closing.group(1))) {
				return j;
			}
		}
		return -1;
	}

	private static boolean closes(String fence, String opening) {
		return fence.charAt(0) == opening.charAt(0) && fence.length() >= opening.length();
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
