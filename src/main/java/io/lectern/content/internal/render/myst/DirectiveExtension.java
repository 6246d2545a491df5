package io.lectern.content.internal.render.myst;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/** Plugs directive fences and notebook block breaks into the parser, and their blocks into the HTML renderer. */
final class DirectiveExtension implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {

	@Override
	public void extend(Parser.Builder parserBuilder) {
		parserBuilder.customBlockParserFactory(new DirectiveParser.Factory());
		parserBuilder.customBlockParserFactory(new BlockBreak.Factory());
	}

	@Override
	public void extend(HtmlRenderer.Builder rendererBuilder) {
		rendererBuilder.nodeRendererFactory(DirectiveHtml::new);
		rendererBuilder.nodeRendererFactory(context -> new BlockBreak.Html());
	}
}
