package io.lectern.content.internal.render;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * commonmark-java labels a footnote's way back to where it was cited in English ("Back to
 * reference 1"); a screen reader reads that label, so it is given in the course's language.
 */
final class FootnoteLinks {

	private static final Pattern BACK_LABEL = Pattern.compile("aria-label=\"Back to reference ([^\"]*)\"");

	private FootnoteLinks() {
	}

	static String labelled(String html, ContentWords words) {
		if (words.locale().getLanguage().equals("en") || !html.contains("footnote-backref")) {
			return html;
		}
		Matcher matcher = BACK_LABEL.matcher(html);
		StringBuilder out = new StringBuilder(html.length());
		while (matcher.find()) {
			String label = words.word("footnote.back", matcher.group(1)).replace("&", "&amp;").replace("\"", "&quot;")
				.replace("<", "&lt;");
			matcher.appendReplacement(out, Matcher.quoteReplacement("aria-label=\"" + label + "\""));
		}
		matcher.appendTail(out);
		return out.toString();
	}
}
