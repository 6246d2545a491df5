package io.lectern.content.internal.render.myst;

import java.util.Map;
import org.commonmark.node.CustomNode;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * An inline formula from the {@code {math}} role, as TeX. Until a TeX engine renders formulas it is
 * shown as its source in a {@code <code class="math-tex">}; a renderer registered before this one
 * takes over the node (commonmark-java lets the first renderer for a node type win).
 */
public final class InlineTex extends CustomNode {

	private final String tex;

	InlineTex(String tex) {
		this.tex = tex;
	}

	public String tex() {
		return tex;
	}

	static final class Renderer extends MystNodeRenderer<InlineTex> {

		Renderer(HtmlNodeRendererContext context) {
			super(context, InlineTex.class);
		}

		@Override
		void render(InlineTex math, HtmlWriter html) {
			html.tag("code", Map.of("class", "math-tex"));
			html.text(math.tex);
			html.tag("/code");
		}
	}
}
