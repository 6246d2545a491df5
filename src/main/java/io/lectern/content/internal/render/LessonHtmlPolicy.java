package io.lectern.content.internal.render;

import java.util.regex.Pattern;
import org.owasp.html.Handler;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.HtmlSanitizer;
import org.owasp.html.HtmlStreamRenderer;
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
	private static final Pattern LOCAL_PATH = Pattern.compile("/(?![/\\\\])[^\\s:]{1,500}");

	static final PolicyFactory POLICY = rules().withPostprocessor(new RemoteImages()).toFactory();

	/** The same rules, leaving images from other sites to the caller's {@link RemoteImages}. */
	private static final PolicyFactory RULES = rules().toFactory();

	private static HtmlPolicyBuilder rules() {
		return new HtmlPolicyBuilder()
		.allowElements("p", "br", "hr", "div", "span", "blockquote", "pre", "code", "kbd", "samp", "var", "strong", "b",
				"em", "i", "u", "s", "del", "ins", "sub", "sup", "small", "mark", "q", "cite", "abbr", "dfn", "ul", "ol",
				"li", "dl", "dt", "dd", "figure", "figcaption", "details", "summary", "table", "caption", "colgroup",
				"col", "thead", "tbody", "tfoot", "tr", "th", "td", "a", "img", "input", "aside", "section", "video")
		.allowElements(HEADINGS)
		// The sanitizer drops a bare <span> by default, yet listings' gutters hold one per line of code.
		.allowWithoutAttributes("span")
		.allowUrlProtocols("http", "https", "mailto")
		.allowAttributes("href").onElements("a")
		.allowAttributes("src", "alt").onElements("img")
		.allowAttributes("width", "height").matching(Pattern.compile("[0-9]{1,4}")).onElements("img")
		.allowAttributes("title").globally()
		.allowAttributes("class").matching(Pattern.compile("[A-Za-z0-9 _-]{1,120}")).globally()
		.allowAttributes("id").matching(SAFE_ID).onElements(HEADINGS)
		// MyST targets, footnotes and the links back from them.
		.allowAttributes("id").matching(SAFE_ID).onElements("span", "li", "a")
		// Labelled blocks of MyST (figures, tables, equations, exercises) and glossary terms, for references.
		.allowAttributes("id").matching(SAFE_ID).onElements("figure", "div", "dt", "details")
		.allowAttributes("aria-hidden").matching(true, "true").onElements("span")
		// A course's own video file, served from the portal; nothing from another site plays.
		.allowAttributes("src").matching(LOCAL_PATH).onElements("video")
		.allowAttributes("controls").onElements("video")
		.allowAttributes("preload").matching(true, "none", "metadata").onElements("video")
		.allowAttributes("role").matching(true, "note").onElements("div")
		.allowAttributes("aria-label").onElements("a")
		.allowAttributes("align").matching(true, "left", "center", "right").onElements("th", "td")
		.allowAttributes("colspan", "rowspan").matching(Pattern.compile("[0-9]{1,3}")).onElements("th", "td")
		.allowAttributes("start").matching(Pattern.compile("[0-9]{1,6}")).onElements("ol")
		.allowAttributes("open").onElements("details")
		.allowAttributes("type").matching(true, "checkbox").onElements("input")
		.allowAttributes("checked", "disabled").onElements("input");
	}

	private LessonHtmlPolicy() {
	}

	/**
	 * Cleans a fragment on its own, for HTML that must come out balanced before it joins a lesson
	 * (a notebook's HTML output should not close the markup around it).
	 */
	public static String sanitize(String html) {
		return POLICY.sanitize(html);
	}

	/** Cleans a lesson whose images from other sites may have copies on the portal. */
	static String sanitize(String html, RemoteImages remoteImages) {
		StringBuilder out = new StringBuilder(html.length());
		HtmlSanitizer.sanitize(html, RULES.apply(remoteImages.wrap(HtmlStreamRenderer.create(out, Handler.DO_NOTHING))));
		return out.toString();
	}
}
