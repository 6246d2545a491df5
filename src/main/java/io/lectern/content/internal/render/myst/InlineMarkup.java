package io.lectern.content.internal.render.myst;

import io.lectern.content.internal.render.BlockRenderer;
import java.util.Map;
import org.commonmark.node.CustomNode;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * Text that a role marks up with one HTML element: {@code {sub}}, {@code {sup}}, {@code {kbd}},
 * {@code {u}}, {@code {del}}, {@code {abbr}} (whose expansion becomes the title) and {@code {button}}
 * (a span styled as a button around its link). The text is a child node, so search and heading
 * anchors read it as they read any text.
 */
final class InlineMarkup extends CustomNode {

	final String element;
	final Map<String, String> attributes;

	InlineMarkup(String element, String title) {
		this(element, title.isEmpty() ? Map.of() : Map.of("title", title));
	}

	InlineMarkup(String element, Map<String, String> attributes) {
		this.element = element;
		this.attributes = attributes;
	}

	static final class Renderer extends BlockRenderer<InlineMarkup> {

		Renderer(HtmlNodeRendererContext context) {
			super(context, InlineMarkup.class);
		}

		@Override
		protected void render(InlineMarkup markup, HtmlWriter html) {
			html.tag(markup.element, markup.attributes);
			renderChildren(markup);
			html.tag("/" + markup.element);
		}
	}
}
