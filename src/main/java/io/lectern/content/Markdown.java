package io.lectern.content;

import io.lectern.content.internal.render.LinkResolver;
import io.lectern.content.internal.math.Formulas;
import io.lectern.content.internal.render.MarkdownRenderer;
import io.lectern.content.internal.render.UrlSchemes;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Author Markdown that lives outside lessons (quiz prompts, choices, explanations), rendered to HTML
 * by the same rules as lessons: safe to put in a page as it is. Meant to run once, at load time.
 * The portal's instance (a bean) keeps formulas in the formula cache, as lessons do, so that quizzes
 * full of formulas do not load the TeX engine at every start; the static methods typeset every time.
 */
public final class Markdown {

	private static final Markdown UNCACHED = new Markdown(new MarkdownRenderer());

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

	private final MarkdownRenderer renderer;

	private Markdown(MarkdownRenderer renderer) {
		this.renderer = renderer;
	}

	/** Markdown whose formulas come from {@code formulas}, and are kept there. */
	public static Markdown typesettingWith(Formulas formulas) {
		return new Markdown(new MarkdownRenderer(formulas));
	}

	/** Block HTML: paragraphs, lists, code. */
	public String html(String markdown) {
		return renderer.render(markdown, "", 1, ABSOLUTE_ONLY).html().strip();
	}

	/** HTML for a label or an option: a single paragraph loses its {@code <p>} so it fits inside a label. */
	public String inlineHtml(String markdown) {
		String html = html(markdown);
		Matcher paragraph = ONE_PARAGRAPH.matcher(html);
		return paragraph.matches() ? paragraph.group(1) : html;
	}

	/** {@link #html}, with formulas typeset every time. */
	public static String toHtml(String markdown) {
		return UNCACHED.html(markdown);
	}

	/** {@link #inlineHtml}, with formulas typeset every time. */
	public static String toInlineHtml(String markdown) {
		return UNCACHED.inlineHtml(markdown);
	}
}
