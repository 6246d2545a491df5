package io.lectern.authoring;

/**
 * One thing wrong with the content folder, pinned to the file and line an author must fix.
 *
 * @param file path relative to the content folder
 * @param line 1-based line number in that file
 */
public record ContentProblem(String file, int line, String message) implements Comparable<ContentProblem> {

	@Override
	public int compareTo(ContentProblem other) {
		int byFile = file.compareTo(other.file);
		return byFile != 0 ? byFile : Integer.compare(line, other.line);
	}

	@Override
	public String toString() {
		return file + ":" + line + ": " + message;
	}
}
