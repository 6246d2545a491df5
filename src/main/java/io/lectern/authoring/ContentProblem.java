package io.lectern.authoring;

/**
 * One thing wrong with the content folder, pinned to the file and line an author must fix.
 *
 * @param file path relative to the content folder
 * @param line 1-based line number in that file
 * @param level whether what the file defines could be built at all
 */
public record ContentProblem(String file, int line, Level level, String message) implements Comparable<ContentProblem> {

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

	public ContentProblem(String file, int line, String message) {
		this(file, line, Level.ERROR, message);
	}

	public boolean isError() {
		return level == Level.ERROR;
	}

	@Override
	public int compareTo(ContentProblem other) {
		int byFile = file.compareTo(other.file);
		return byFile != 0 ? byFile : Integer.compare(line, other.line);
	}

	@Override
	public String toString() {
		return file + ":" + line + ": " + level.label() + ": " + message;
	}
}
