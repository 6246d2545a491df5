package io.lectern.content.internal.math;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * MathJax's html extension, which Jupyter Book's MathJax loads by default, and KaTeX's like it, dress
 * a part of a formula in a class, an id, a style or data attributes: {@code \class{tud-red}{x}}. The
 * portal's pages take no style or id from a lesson's formulas, so the dressing is dropped and what it
 * dressed is typeset as if it stood alone, where Temml would refuse the whole formula.
 */
final class HtmlCommands {

	private static final Pattern COMMAND = Pattern.compile("\\\\(?:class|cssId|style|htmlClass|htmlId|htmlStyle|htmlData)\\s*\\{");

	private HtmlCommands() {
	}

	static String dropped(String tex) {
		Matcher command = COMMAND.matcher(tex);
		if (!command.find()) {
			return tex;
		}
		StringBuilder out = new StringBuilder();
		int from = 0;
		do {
			int attributeEnd = FormulaMacros.closingBrace(tex, command.end() - 1);
			if (attributeEnd < 0) {
				break;
			}
			// The attribute's group and the command go; the dressed group stays, braces and all.
			out.append(tex, from, command.start());
			from = attributeEnd + 1;
		}
		while (command.find(from));
		return out.append(tex.substring(from)).toString();
	}
}
