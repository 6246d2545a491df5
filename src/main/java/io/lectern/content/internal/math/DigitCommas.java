package io.lectern.content.internal.math;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A comma between two digits, as in an interval {@code (0,1)} or a point {@code f(2,3)}, is
 * punctuation in TeX, followed by a thin space, as MathJax (Jupyter Book) and KaTeX (mystmd) show
 * it. Temml reads {@code 0,1} as one number with a thousands separator unless a space follows the
 * comma, so the comma is given that space before Temml reads the formula. Text inside {@code \text}
 * and its kin keeps its commas as written, and so does a braced {@code {,}}, TeX's way of writing a
 * separator inside a number ({@code 1{,}000}), which Temml keeps in the number.
 */
final class DigitCommas {

	private static final Pattern TEXT_COMMAND = Pattern
		.compile("\\\\(?:text(?:rm|bf|it|tt|sf|up|normal|md|sl|sc)?|mbox|hbox)\\s*\\{");

	private DigitCommas() {
	}

	static String spaced(String tex) {
		if (tex.indexOf(',') < 0) {
			return tex;
		}
		StringBuilder out = new StringBuilder(tex.length() + 8);
		// The depth of each open brace group, true for one that holds text, not mathematics.
		Deque<Boolean> groups = new ArrayDeque<>();
		Matcher text = TEXT_COMMAND.matcher(tex);
		for (int i = 0; i < tex.length(); i++) {
			char c = tex.charAt(i);
			if (c == '\\' && text.find(i) && text.start() == i) {
				out.append(tex, i, text.end());
				groups.push(true);
				i = text.end() - 1;
				continue;
			}
			if (c == '\\' && i + 1 < tex.length()) {
				// An escaped character, \{ or \, among them, is no group and no comma.
				out.append(c).append(tex.charAt(++i));
				continue;
			}
			if (c == '{') {
				groups.push(!groups.isEmpty() && groups.peek());
			}
			else if (c == '}' && !groups.isEmpty()) {
				groups.pop();
			}
			out.append(c);
			boolean inText = !groups.isEmpty() && groups.peek();
			if (c == ',' && !inText && i > 0 && i + 1 < tex.length() && Character.isDigit(tex.charAt(i - 1))
					&& Character.isDigit(tex.charAt(i + 1))) {
				out.append(' ');
			}
		}
		return out.toString();
	}
}
