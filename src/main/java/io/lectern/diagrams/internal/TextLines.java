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
	 * The words of the text, with any word too long for a line broken where it changes case
	 * ("AdministratorAccess" becomes "Administrator", "Access"), or else where the line ends.
	 */
	private static List<String> words(String text, int perLine) {
		List<String> words = new ArrayList<>();
		for (String word : text.strip().split("\\s+")) {
			String rest = word;
			while (rest.length() > perLine) {
				int cut = perLine;
				for (int i = perLine; i > 1; i--) {
					if (Character.isUpperCase(rest.charAt(i)) && Character.isLowerCase(rest.charAt(i - 1))) {
						cut = i;
						break;
					}
				}
				words.add(rest.substring(0, cut));
				rest = rest.substring(cut);
			}
			words.add(rest);
		}
		return words;
	}

	/** Bold glyphs run about a tenth wider than regular ones. */
	static List<String> wrapBold(String text, double width, double fontSize) {
		return wrap(text, width * 0.88, fontSize);
	}

	static double width(String text, double fontSize) {
		return text.length() * fontSize * EM_PER_CHAR;
	}
}
