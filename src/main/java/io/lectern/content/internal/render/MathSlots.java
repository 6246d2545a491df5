package io.lectern.content.internal.render;

import io.lectern.content.internal.math.Formulas;
import io.lectern.content.internal.math.MathMacros;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
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

	private final String prefix = "lectern-math-"
			+ Long.toHexString(ThreadLocalRandom.current().nextLong() | Long.MIN_VALUE) + "-";
	private final List<String> html = new ArrayList<>();
	private final Map<String, DisplayMath> equations = new HashMap<>();
	private final PendingFormulas pending;
	private final EquationReferences references;
	private final int bodyLine;

	private MathSlots(Formulas formulas, MathMacros macros, int bodyLine, List<RenderedLesson.Warning> warnings) {
		this.pending = new PendingFormulas(prefix + "f", formulas, macros);
		this.references = new EquationReferences(equations, warnings);
		this.bodyLine = bodyLine;
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
					// A subequation is written with its group, so only the group takes a place.
					if (!(equation.getParent() instanceof DisplayMath)) {
						found.add(equation);
					}
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
		// Compiled only here: most lessons of most courses hold no formula.
		Pattern marker = Pattern.compile(Pattern.quote(prefix) + "([0-9]+)-");
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
		if (equation.isGroup()) {
			StringBuilder group = new StringBuilder("<div class=\"math-subequations\"").append(id(equation)).append('>');
			for (Node child = equation.getFirstChild(); child != null; child = child.getNext()) {
				group.append(display((DisplayMath) child));
			}
			return group.append("</div>").toString();
		}
		int line = lineOf(equation);
		String tex = references.asText(equation.tex(), line);
		StringBuilder out = new StringBuilder("<div class=\"math-display\"").append(id(equation)).append('>');
		out.append(typeset(tex, true, line));
		if (!equation.number().isEmpty()) {
			out.append("<span class=\"equation-number\">(").append(HtmlUtils.htmlEscape(equation.number())).append(")</span>");
		}
		return out.append("</div>").toString();
	}

	private static String id(DisplayMath equation) {
		return equation.anchor().isEmpty() ? "" : " id=\"" + HtmlUtils.htmlEscape(equation.anchor()) + "\"";
	}

	/** {@code $$...$$} inside a paragraph: display mode, no number, references as their numbers. */
	private String displayInText(InlineMath inline) {
		int line = lineOf(inline);
		return typeset(references.asText(inline.tex, line), true, line);
	}

	/**
	 * A reference written at the top level of an inline formula ({@code $\eqref{x}$}, as MathJax
	 * readers write it) becomes a link between the formula's parts; one nested inside a
	 * construction can only be its number.
	 */
	private String inline(InlineMath inline) {
		int line = lineOf(inline);
		StringBuilder out = new StringBuilder();
		references.split(inline.tex, line, part -> out.append(part.isBlank() ? "" : typeset(part, false, line)), out::append);
		return out.toString();
	}

	private String typeset(String tex, boolean display, int line) {
		return pending.add(tex, display, line);
	}

	private int lineOf(Node node) {
		return LessonLine.of(node, bodyLine);
	}
}
