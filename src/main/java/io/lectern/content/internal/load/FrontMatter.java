package io.lectern.content.internal.load;

import io.lectern.authoring.Problems;
import java.util.List;
import java.util.Optional;

/**
 * Splits a Markdown file into its YAML front matter (between {@code ---} lines, as Jekyll and
 * Jupyter Book write it) and the Markdown body, keeping track of where each starts.
 *
 * @param yaml the front matter text, empty when the file has none
 * @param body the Markdown after the front matter
 * @param bodyLine the 1-based line of the file on which the body starts
 */
record FrontMatter(String yaml, String body, int bodyLine) {

	/** The front matter text starts on the line after the opening {@code ---}. */
	static final int YAML_FIRST_LINE = 2;

	static Optional<FrontMatter> split(String text, String file, Problems problems) {
		String content = text.startsWith("\uFEFF") ? text.substring(1) : text;
		List<String> lines = content.lines().toList();
		if (lines.isEmpty() || !isDelimiter(lines.get(0))) {
			return Optional.of(new FrontMatter("", content, 1));
		}
		for (int i = 1; i < lines.size(); i++) {
			String line = lines.get(i).strip();
			if (isDelimiter(line) || line.equals("...")) {
				String yaml = String.join("\n", lines.subList(1, i));
				String body = String.join("\n", lines.subList(i + 1, lines.size()));
				return Optional.of(new FrontMatter(yaml, body, i + 2));
			}
		}
		problems.error(file, 1, "problem.lesson.frontMatter");
		return Optional.empty();
	}

	private static boolean isDelimiter(String line) {
		return line.strip().equals("---");
	}
}
