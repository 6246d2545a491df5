package io.lectern.content.internal.render;

import java.util.regex.Pattern;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * The allowlist every lesson's HTML passes through, whether an author wrote it as raw HTML or the
 * renderer produced it: text formatting, links, images, lists, tables and code; never script,
 * event handlers, {@code style} or URLs other than http, https and mailto; images from other sites
 * become links to them.
 */
public final class LessonHtmlPolicy {

	private static final String[] HEADINGS = { "h1", "h2", "h3", "h4", "h5", "h6" };

	/** An id that names nothing but itself: no character a selector, URL or attribute would read differently. */
	private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,120}");

	static final PolicyFactory POLICY = new HtmlPolicyBuilder()
		.allowElements("p", "br", "hr", "div", "span", "blockquote", "pre", "code", "kbd", "samp", "var", "strong", "b",
				"em", "i", "u", "s", "del", "ins", "sub", "sup", "small", "mark", "q", "cite", "abbr", "dfn", "ul", "ol",
				"li", "dl", "dt", "dd", "figure", "figcaption", "details", "summary", "section", "table", "caption", "colgroup",
				"col", "thead", "tbody", "tfoot", "tr", "th", "td", "a", "img", "input")
		.allowElements(HEADINGS)
		.allowUrlProtocols("http", "https", "mailto")
		.allowAttributes("href").onElements("a")
		.allowAttributes("src", "alt").onElements("img")
		.allowAttributes("width", "height").matching(Pattern.compile("[0-9]{1,4}")).onElements("img")
		.allowAttributes("title").globally()
		.allowAttributes("class").matching(Pattern.compile("[A-Za-z0-9 _-]{1,120}")).globally()
		.allowAttributes("id").matching(SAFE_ID).onElements(HEADINGS)
		// MyST targets, footnotes and the links back from them.
		.allowAttributes("id").matching(SAFE_ID).onElements("span", "li", "a")
		.allowAttributes("role").matching(true, "note").onElements("div")
		.allowAttributes("aria-label").onElements("a")
		.allowAttributes("align").matching(true, "left", "center", "right").onElements("th", "td")
		.allowAttributes("colspan", "rowspan").matching(Pattern.compile("[0-9]{1,3}")).onElements("th", "td")
		.allowAttributes("start").matching(Pattern.compile("[0-9]{1,6}")).onElements("ol")
		.allowAttributes("open").onElements("details")
		.allowAttributes("type").matching(true, "checkbox").onElements("input")
		.allowAttributes("checked", "disabled").onElements("input")
		.withPostprocessor(new RemoteImages())
		.toFactory();

	private LessonHtmlPolicy() {
	}

	/**
	 * Cleans a fragment on its own, for HTML that must come out balanced before it joins a lesson
	 * (a notebook's HTML output should not close the markup around it).
	 */
	public static String sanitize(String html) {
		return POLICY.sanitize(html);
	}
}
