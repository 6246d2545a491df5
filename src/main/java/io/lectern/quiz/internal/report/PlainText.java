package io.lectern.quiz.internal.report;

import io.lectern.content.Markdown;
import java.util.regex.Pattern;
import org.springframework.web.util.HtmlUtils;

/**
 * An author's Markdown as one line of plain text, for reports: a table cell or a CSV field takes
 * no markup. It is rendered first, so emphasis marks, links and escapes read as the learner saw them.
 */
public final class PlainText {

	/** Tags that end a block or a line: they become a space, so "a</p><p>b" does not read "ab". */
	private static final Pattern BLOCK_TAG = Pattern.compile("(?i)</?(p|br|li|ul|ol|h[1-6]|pre|blockquote|div|table|tr|td|th)\\b[^>]*>");

	private static final Pattern TAG = Pattern.compile("<[^>]*>");

	private static final Pattern WHITESPACE = Pattern.compile("\\s+");

	private PlainText() {
	}

	public static String of(String markdown) {
		String html = BLOCK_TAG.matcher(Markdown.toHtml(markdown)).replaceAll(" ");
		return oneLine(HtmlUtils.htmlUnescape(TAG.matcher(html).replaceAll("")));
	}

	/** Whitespace of any kind and length as one space, none at either end. */
	public static String oneLine(String text) {
		return WHITESPACE.matcher(text).replaceAll(" ").strip();
	}

	/** At most {@code max} characters: cut at a word where there is one, and marked with an ellipsis. */
	public static String shorten(String text, int max) {
		if (text.codePointCount(0, text.length()) <= max) {
			return text;
		}
		String cut = text.substring(0, text.offsetByCodePoints(0, max - 1));
		int space = cut.lastIndexOf(' ');
		if (space > max / 2) {
			cut = cut.substring(0, space);
		}
		return cut.stripTrailing() + "…";
	}
}
