package io.lectern.content.internal.render.myst;

import java.util.Set;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

/** Renders one kind of node the MyST extension adds to the Markdown tree. */
abstract class MystNodeRenderer<T extends Node> implements NodeRenderer {

	private final HtmlNodeRendererContext context;
	private final Class<T> type;

	MystNodeRenderer(HtmlNodeRendererContext context, Class<T> type) {
		this.context = context;
		this.type = type;
	}

	@Override
	public Set<Class<? extends Node>> getNodeTypes() {
		return Set.of(type);
	}

	@Override
	public void render(Node node) {
		render(type.cast(node), context.getWriter());
	}

	abstract void render(T node, HtmlWriter html);

	void renderChildren(Node parent) {
		for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
			context.render(child);
		}
	}
}
