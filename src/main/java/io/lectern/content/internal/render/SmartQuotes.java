package io.lectern.content.internal.render;

import org.commonmark.node.Block;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;

/**
 * The typography Sphinx gives every Jupyter Book 1 page (docutils' SmartQuotes, on by default) and
 * kramdown every Jekyll one: straight quotes made the course language's quotation marks, an
 * apostrophe curled, {@code --} an en dash, {@code ---} an em dash and {@code ...} an ellipsis. Only
 * the prose's text is touched: code, formulas and raw HTML keep every character as written.
 */
final class SmartQuotes {

	private static final String OPENING_CONTEXT = "([{<\u2013\u2014-/\u00a0";

	private final String marks;
	/** The character before the text at hand in the same block; a space at a block's start. */
	private char before = ' ';

	/** @param marks the language's opening and closing quotation marks, then its inner ones: {@code “”‘’} */
	private SmartQuotes(String marks) {
		this.marks = marks;
	}

	static void apply(Node document, String marks) {
		new SmartQuotes(marks).walk(document);
	}

	private void walk(Node node) {
		for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
			if (child instanceof Block) {
				before = ' ';
				walk(child);
				before = ' ';
			}
			else if (child instanceof Text text) {
				text.setLiteral(typeset(text.getLiteral()));
			}
			else if (child instanceof Code code) {
				before = last(code.getLiteral());
			}
			else if (child instanceof SoftLineBreak || child instanceof HardLineBreak) {
				before = ' ';
			}
			else if (child instanceof HtmlInline) {
				before = ' ';
			}
			else {
				walk(child);
			}
		}
	}

	private String typeset(String text) {
		StringBuilder out = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			char next = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
			if (c == '-' && text.startsWith("---", i)) {
				out.append('\u2014');
				i += 2;
			}
			else if (c == '-' && next == '-') {
				out.append('\u2013');
				i += 1;
			}
			else if (c == '.' && text.startsWith("...", i)) {
				out.append('\u2026');
				i += 2;
			}
			else if (c == '"') {
				out.append(opens() ? marks.charAt(0) : marks.charAt(1));
			}
			else if (c == '\'') {
				// Between letters an apostrophe (don't, l'eau), after a space an opening mark, else a closing one.
				boolean inWord = Character.isLetterOrDigit(before) && Character.isLetter(next);
				boolean opening = opens() && (Character.isLetterOrDigit(next) || next == '\'' || next == '"');
				out.append(inWord ? '\u2019' : opening ? marks.charAt(2) : marks.charAt(3));
			}
			else {
				out.append(c);
			}
			before = out.charAt(out.length() - 1);
		}
		return out.toString();
	}

	/** Whether a quote here opens: after a space, an opening bracket or dash, or another opening mark. */
	private boolean opens() {
		return Character.isWhitespace(before) || OPENING_CONTEXT.indexOf(before) >= 0 || before == marks.charAt(0)
				|| before == marks.charAt(2);
	}

	private static char last(String text) {
		return text.isEmpty() ? ' ' : text.charAt(text.length() - 1);
	}
}
