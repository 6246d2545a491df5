package io.lectern.content.internal.render.myst;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/** Plugs directive fences into the parser and the directives' blocks into the HTML renderer. */
final class DirectiveExtension implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {

	@Override
	public void extend(Parser.Builder parserBuilder) {
		parserBuilder.customBlockParserFactory(new DirectiveParser.Factory());
	}

	@Override
	public void extend(HtmlRenderer.Builder rendererBuilder) {
		rendererBuilder.nodeRendererFactory(DirectiveHtml::new);
	}
}
