package io.lectern.content.internal.render;

import io.lectern.content.internal.math.Formulas;
import io.lectern.content.internal.math.MathMacros;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Node;
import org.springframework.web.util.HtmlUtils;

/**
 * Places a lesson's formulas and holds those places while the lesson is written. MathML would
 * not pass the lesson's sanitizer (which runs when a lesson holds raw HTML) and needs no second
 * pass: each formula already passed the MathML allowlist of {@link Formulas}, which knows MathML
 * where the lesson policy knows HTML; widening the lesson policy instead would let raw HTML in a
 * lesson write MathML that no formula produced. So, as diagrams do in {@link BlockSlots}, each
 * formula is written as an unguessable marker, swapped for its HTML after sanitizing. The HTML
 * around a formula (its number, its links) is known here; the MathML itself is left to
 * {@link PendingFormulas}, which typesets it when it is needed.
 */
final class MathSlots {

	private static final Pattern REFERENCE = Pattern.compile("\\\\(eqref|ref)\\{([^{}]*)}");

	private final String prefix = "lectern-math-"
			+ Long.toHexString(ThreadLocalRandom.current().nextLong() | Long.MIN_VALUE) + "-";
	private final Pattern marker = Pattern.compile(Pattern.quote(prefix) + "([0-9]+)-");
	private final List<String> html = new ArrayList<>();
	private final Map<String, DisplayMath> equations = new HashMap<>();
	private final PendingFormulas pending;
	private final int bodyLine;
	private final List<RenderedLesson.Warning> warnings;

	private MathSlots(Formulas formulas, MathMacros macros, int bodyLine, List<RenderedLesson.Warning> warnings) {
		this.pending = new PendingFormulas(prefix + "f", formulas, macros);
		this.bodyLine = bodyLine;
		this.warnings = warnings;
	}

	/**
	 * Places every formula of a numbered tree, reporting references to equations that do not exist
	 * (formulas that do not parse are known once they are typeset).
	 */
	static MathSlots place(Node document, Formulas formulas, MathMacros macros, int bodyLine,
			List<RenderedLesson.Warning> warnings) {
		MathSlots slots = new MathSlots(formulas, macros, bodyLine, warnings);
		List<Node> found = new ArrayList<>();
		document.accept(new AbstractVisitor() {
			@Override
			public void visit(CustomBlock block) {
				if (block instanceof DisplayMath equation) {
					found.add(equation);
					equation.label().ifPresent(label -> slots.equations.putIfAbsent(label, equation));
				}
				visitChildren(block);
			}

			@Override
			public void visit(CustomNode node) {
				if (node instanceof InlineMath) {
					found.add(node);
				}
				visitChildren(node);
			}
		});
		for (Node node : found) {
			if (node instanceof DisplayMath equation) {
				equation.slot = slots.hold(slots.display(equation));
			}
			else if (node instanceof InlineMath inline) {
				inline.slot = slots.hold(inline.display ? slots.displayInText(inline) : slots.inline(inline));
			}
		}
		return slots;
	}

	/** @return {@code rendered} with each formula's HTML in its place, its MathML still a marker of {@link #pending()} */
	String restore(String rendered) {
		if (html.isEmpty()) {
			return rendered;
		}
		return marker.matcher(rendered).replaceAll(slot -> Matcher.quoteReplacement(html.get(Integer.parseInt(slot.group(1)))));
	}

	PendingFormulas pending() {
		return pending;
	}

	private String hold(String formulaHtml) {
		html.add(formulaHtml);
		return prefix + (html.size() - 1) + "-";
	}

	private String display(DisplayMath equation) {
		if (equation.definesOnly()) {
			pending.define(equation.tex());
			return "";
		}
		int line = lineOf(equation);
		Matcher references = REFERENCE.matcher(equation.tex());
		String tex = references.replaceAll(reference -> Matcher.quoteReplacement(
				"\\text{" + referenceText(reference, line) + "}"));
		StringBuilder out = new StringBuilder("<div class=\"math-display\"");
		if (!equation.anchor().isEmpty()) {
			out.append(" id=\"").append(HtmlUtils.htmlEscape(equation.anchor())).append('"');
		}
		out.append('>').append(typeset(tex, true, line));
		if (!equation.number().isEmpty()) {
			out.append("<span class=\"equation-number\">(").append(equation.number()).append(")</span>");
		}
		return out.append("</div>").toString();
	}

	/** {@code $$...$$} inside a paragraph: display mode, no number, references as their numbers. */
	private String displayInText(InlineMath inline) {
		int line = lineOf(inline);
		String tex = REFERENCE.matcher(inline.tex).replaceAll(reference -> Matcher.quoteReplacement(
				"\\text{" + referenceText(reference, line) + "}"));
		return typeset(tex, true, line);
	}

	/**
	 * A reference written at the top level of an inline formula ({@code $\eqref{x}$}, as MathJax
	 * readers write it) becomes a link between the formula's parts; one nested inside a
	 * construction can only be its number.
	 */
	private String inline(InlineMath inline) {
		int line = lineOf(inline);
		String tex = inline.tex;
		Matcher reference = REFERENCE.matcher(tex);
		StringBuilder out = new StringBuilder();
		StringBuilder part = new StringBuilder();
		int from = 0;
		while (reference.find()) {
			part.append(tex, from, reference.start());
			from = reference.end();
			if (depth(tex, reference.start()) == 0) {
				out.append(typesetPart(part.toString(), line));
				part.setLength(0);
				out.append(link(reference, line));
			}
			else {
				part.append("\\text{").append(referenceText(reference, line)).append('}');
			}
		}
		part.append(tex, from, tex.length());
		return out.append(typesetPart(part.toString(), line)).toString();
	}

	private String typesetPart(String tex, int line) {
		return tex.isBlank() ? "" : typeset(tex, false, line);
	}

	private String typeset(String tex, boolean display, int line) {
		return pending.add(tex, display, line);
	}

	private String link(MatchResult reference, int line) {
		DisplayMath target = equations.get(reference.group(2).strip());
		String text = referenceText(reference, line);
		return target == null || target.anchor().isEmpty() ? HtmlUtils.htmlEscape(text)
				: "<a class=\"equation-reference\" href=\"#" + HtmlUtils.htmlEscape(target.anchor()) + "\">" + text + "</a>";
	}

	private String referenceText(MatchResult reference, int line) {
		String label = reference.group(2).strip();
		DisplayMath target = equations.get(label);
		if (target == null) {
			warnings.add(new RenderedLesson.Warning(line, "Reference to an equation label that does not exist: " + label));
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

	private int lineOf(Node node) {
		return node.getSourceSpans().isEmpty() ? bodyLine : bodyLine + node.getSourceSpans().get(0).getLineIndex();
	}
}
