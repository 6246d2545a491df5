package io.lectern.content.internal.render;

import io.lectern.content.internal.render.myst.MystExtension;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Node;
import org.commonmark.node.Text;

/**
 * A heading's words as the reader sees them, for where a lesson's title shows as plain text: the
 * page's title, the course's contents, links to the lesson. A title read from a lesson's first
 * heading is written in Markdown and MyST ({@code # {index}`SciPy <single: SciPy>`}, as QuantEcon's
 * lectures open; {@code # Using `numpy`}), and shown as the heading shows it: "SciPy", "Using numpy".
 */
public final class HeadingText {

	/** A character that can start inline markup: code, emphasis, a link or image, a role, a formula, HTML, an escape or entity. */
	private static final Pattern MARKUP = Pattern.compile("[`*_\\[\\]{}$<\\\\&!]");

	private HeadingText() {
	}

	/** @param heading the heading's text as written after its {@code #} */
	public static String plain(String heading) {
		if (!MARKUP.matcher(heading).find()) {
			// Most titles are words alone: a course of a thousand lessons need not parse each again.
			return heading;
		}
		// Parsed as the heading it is, so that "1. Basics" stays a title rather than becoming a list.
		String plain = textOf(LessonParser.PARSER.parse("# " + heading)).strip();
		return plain.isEmpty() ? heading : plain;
	}

	/** The words of a node as the reader sees them, with its code, formulas (as TeX) and roles. */
	static String textOf(Node node) {
		return textOf(node, true);
	}

	/**
	 * @param formulasAndRoles whether formulas (as TeX) and roles still as written count too; a
	 *     heading's anchor is made from its text and code alone
	 */
	static String textOf(Node node, boolean formulasAndRoles) {
		StringBuilder text = new StringBuilder();
		node.accept(new AbstractVisitor() {
			@Override
			public void visit(Text literal) {
				text.append(literal.getLiteral());
			}

			@Override
			public void visit(Code code) {
				text.append(code.getLiteral());
			}

			@Override
			public void visit(CustomNode node) {
				if (!formulasAndRoles) {
					visitChildren(node);
					return;
				}
				if (node instanceof InlineMath math) {
					text.append(math.tex);
				}
				MystExtension.plainTextOfRole(node).ifPresentOrElse(text::append, () -> visitChildren(node));
			}
		});
		return text.toString();
	}
}
