package io.lectern.content.internal.render;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.web.util.HtmlUtils;

/**
 * {@code \eqref{...}} and {@code \ref{...}} written inside formulas, as MathJax readers write them:
 * taken out before a formula is typeset and written as the equation's number, {@code (2)} or
 * {@code 2}, and as a link to it where the formula allows one. A label that names no equation of
 * the lesson shows {@code ??} and is reported.
 */
final class EquationReferences {

	private static final Pattern REFERENCE = Pattern.compile("\\\\(eqref|ref)\\{([^{}]*)}");

	private final Map<String, DisplayMath> equations;
	private final List<RenderedLesson.Warning> warnings;

	/** @param equations the lesson's labelled equations, by label */
	EquationReferences(Map<String, DisplayMath> equations, List<RenderedLesson.Warning> warnings) {
		this.equations = equations;
		this.warnings = warnings;
	}

	/** The TeX with each reference as text inside it: in a display formula nothing else can stand. */
	String asText(String tex, int line) {
		return REFERENCE.matcher(tex).replaceAll(reference -> Matcher.quoteReplacement("\\text{" + text(reference, line) + "}"));
	}

	/**
	 * Cuts an inline formula at the references written at its top level, which become links between
	 * its parts; those nested inside a construction stay in the TeX as their numbers.
	 *
	 * @param parts receives each piece of TeX to typeset, in order
	 * @param links receives each reference's HTML, between the pieces
	 */
	void split(String tex, int line, Consumer<String> parts, Consumer<String> links) {
		Matcher reference = REFERENCE.matcher(tex);
		StringBuilder part = new StringBuilder();
		int from = 0;
		while (reference.find()) {
			part.append(tex, from, reference.start());
			from = reference.end();
			if (depth(tex, reference.start()) == 0) {
				parts.accept(part.toString());
				part.setLength(0);
				links.accept(link(reference, line));
			}
			else {
				part.append("\\text{").append(text(reference, line)).append('}');
			}
		}
		part.append(tex, from, tex.length());
		parts.accept(part.toString());
	}

	private String link(MatchResult reference, int line) {
		DisplayMath target = equations.get(reference.group(2).strip());
		String text = text(reference, line);
		return target == null || target.anchor().isEmpty() ? HtmlUtils.htmlEscape(text)
				: "<a class=\"equation-reference\" href=\"#" + HtmlUtils.htmlEscape(target.anchor()) + "\">" + text + "</a>";
	}

	private String text(MatchResult reference, int line) {
		String label = reference.group(2).strip();
		DisplayMath target = equations.get(label);
		if (target == null) {
			warnings.add(RenderedLesson.Warning.of(line, "problem.reference.equation", label));
		}
		String number = target == null || target.number().isEmpty() ? "??" : target.number();
		return reference.group(1).equals("eqref") ? "(" + number + ")" : number;
	}

	/** How deep in braces and environments a position of the TeX is. */
	private static int depth(String tex, int position) {
		int depth = 0;
		for (int i = 0; i < position; i++) {
			char c = tex.charAt(i);
			if (c == '\\') {
				if (tex.startsWith("begin{", i + 1)) {
					depth++;
				}
				else if (tex.startsWith("end{", i + 1)) {
					depth--;
				}
				i++;
			}
			else if (c == '{') {
				depth++;
			}
			else if (c == '}') {
				depth--;
			}
		}
		return depth;
	}
}
