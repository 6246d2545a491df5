package io.lectern.authoring;

import java.util.List;

/**
 * One thing wrong with the content folder, pinned to the file and line an author must fix. What is
 * wrong is a message of the interface, as grading's reasons are: the key of a sentence in the
 * {@code content-problems} bundles and what fills it in, so that the problems page says it in the
 * reader's language. {@link #message()} is the English one, from the same bundle, for logs and for
 * {@code --validate}: the words are written once.
 *
 * @param file path relative to the content folder
 * @param line 1-based line number in that file
 * @param level whether what the file defines could be built at all
 * @param key the message key, e.g. {@code problem.yaml.missing}
 * @param arguments what the sentence names (files, keys, counts): its {@code {0}}, {@code {1}} and so on
 */
public record ContentProblem(String file, int line, Level level, String key, List<Object> arguments)
		implements Comparable<ContentProblem> {

	/**
	 * As Sphinx, Jupyter Book and MkDocs have it: an error leaves out what it is in (a lesson, a
	 * quiz, an entry of a table of contents); a warning is something off in a page that still renders.
	 */
	public enum Level {
		ERROR, WARNING;

		public String label() {
			return name().toLowerCase(java.util.Locale.ROOT);
		}
	}

	public ContentProblem {
		// A parser's or a library's own words may be missing: an empty text, not a failure to report.
		arguments = arguments.stream().map(argument -> argument == null ? (Object) "" : argument).toList();
	}

	public static ContentProblem error(String file, int line, String key, Object... arguments) {
		return new ContentProblem(file, line, Level.ERROR, key, java.util.Arrays.asList(arguments));
	}

	public static ContentProblem warning(String file, int line, String key, Object... arguments) {
		return new ContentProblem(file, line, Level.WARNING, key, java.util.Arrays.asList(arguments));
	}

	public boolean isError() {
		return level == Level.ERROR;
	}

	/** The arguments as a message source takes them. */
	public Object[] argumentArray() {
		return arguments.toArray();
	}

	/** In English, as logs and the command line's check print it. */
	public String message() {
		return ProblemWording.english(key, argumentArray());
	}

	/** A sentence of the {@code content-problems} bundle in English, for an exception that carries one. */
	public static String inEnglish(String key, Object... arguments) {
		return ProblemWording.english(key, arguments);
	}

	@Override
	public int compareTo(ContentProblem other) {
		int byFile = file.compareTo(other.file);
		return byFile != 0 ? byFile : Integer.compare(line, other.line);
	}

	@Override
	public String toString() {
		return file + ":" + line + ": " + level.label() + ": " + message();
	}
}
