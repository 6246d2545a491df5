package io.lectern.diagrams.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Breaks text into lines that fit a width. SVG has no text flow and the server has no fonts to
 * measure, so widths are estimated from an average character width of a sans-serif face, with
 * room to spare.
 */
final class TextLines {

	/** An average glyph of a system sans-serif face is about 0.53 em wide; 0.56 leaves a margin. */
	private static final double EM_PER_CHAR = 0.56;

	private TextLines() {
	}

	static List<String> wrap(String text, double width, double fontSize) {
		int perLine = Math.max(8, (int) (width / (fontSize * EM_PER_CHAR)));
		List<String> lines = new ArrayList<>();
		StringBuilder line = new StringBuilder();
		for (String word : words(text, perLine)) {
			if (line.length() > 0 && line.length() + 1 + word.length() > perLine) {
				lines.add(line.toString());
				line.setLength(0);
			}
			if (line.length() > 0) {
				line.append(' ');
			}
			line.append(word);
		}
		if (line.length() > 0) {
			lines.add(line.toString());
		}
		return lines;
	}

	/**
	 * The words of the text, with a word clearly too long for a line broken where it changes case
	 * ("AdministratorAccess" becomes "Administrator", "Access"). A word with no such place stays
	 * whole: the width estimate leaves room, and half a word reads worse than a tight fit.
	 */
	private static List<String> words(String text, int perLine) {
		List<String> words = new ArrayList<>();
		for (String word : text.strip().split("\\s+")) {
			String rest = word;
			int cut = caseChange(rest, perLine);
			while (rest.length() > perLine + perLine / 8 && cut > 0) {
				words.add(rest.substring(0, cut));
				rest = rest.substring(cut);
				cut = caseChange(rest, perLine);
			}
			words.add(rest);
		}
		return words;
	}

	/** The last place, within a line, where a lower-case letter is followed by a capital; 0 if none. */
	private static int caseChange(String word, int perLine) {
		for (int i = Math.min(perLine, word.length() - 1); i > 1; i--) {
			if (Character.isUpperCase(word.charAt(i)) && Character.isLowerCase(word.charAt(i - 1))) {
				return i;
			}
		}
		return 0;
	}

	/** Bold glyphs run about a tenth wider than regular ones. */
	static List<String> wrapBold(String text, double width, double fontSize) {
		return wrap(text, width * 0.88, fontSize);
	}

	static double width(String text, double fontSize) {
		return text.length() * fontSize * EM_PER_CHAR;
	}
}
