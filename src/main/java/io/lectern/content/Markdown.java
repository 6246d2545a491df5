package io.lectern.content;

import io.lectern.content.internal.render.LinkResolver;
import io.lectern.content.internal.render.MarkdownRenderer;
import io.lectern.content.internal.render.UrlSchemes;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Author Markdown that lives outside lessons (quiz prompts, choices, explanations), rendered to HTML
 * by the same rules as lessons: safe to put in a page as it is. Meant to run once, at load time.
 */
public final class Markdown {

	private static final MarkdownRenderer RENDERER = new MarkdownRenderer();

	private static final Pattern ONE_PARAGRAPH = Pattern.compile("^<p>((?:(?!</?p>).)*)</p>\\s*$", Pattern.DOTALL);

	/** Links and images keep only absolute destinations: a snippet has no folder to resolve paths against. */
	private static final LinkResolver ABSOLUTE_ONLY = new LinkResolver() {
		@Override
		public Optional<String> link(String destination, int line) {
			return Optional.of(destination).filter(url -> UrlSchemes.hasScheme(url) || url.startsWith("/"));
		}

		@Override
		public Optional<String> image(String source, int line) {
			return Optional.of(source).filter(UrlSchemes::hasScheme);
		}
	};

	private Markdown() {
	}

	/** Block HTML: paragraphs, lists, code. */
	public static String toHtml(String markdown) {
		return RENDERER.render(markdown, "", 1, ABSOLUTE_ONLY).html().strip();
	}

	/** HTML for a label or an option: a single paragraph loses its {@code <p>} so it fits inside a label. */
	public static String toInlineHtml(String markdown) {
		String html = toHtml(markdown);
		Matcher paragraph = ONE_PARAGRAPH.matcher(html);
		return paragraph.matches() ? paragraph.group(1) : html;
	}
}
