package io.lectern.content.internal.render;

import java.util.Set;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

/** Renders one kind of node Lectern adds to the Markdown tree (headings with ids, admonitions, MyST roles and references). */
public abstract class BlockRenderer<T extends Node> implements NodeRenderer {

	private final HtmlNodeRendererContext context;
	private final Class<T> type;

	protected BlockRenderer(HtmlNodeRendererContext context, Class<T> type) {
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

	protected abstract void render(T block, HtmlWriter html);

	/** Renders a node of the tree with whichever renderer draws its type. */
	void renderNode(Node node) {
		context.render(node);
	}

	protected void renderChildren(Node parent) {
		for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
			context.render(child);
		}
	}

	/** Moves every child of {@code from} to the end of {@code to}, keeping their order. */
	static void moveChildren(Node from, Node to) {
		for (Node child = from.getFirstChild(); child != null;) {
			Node next = child.getNext();
			to.appendChild(child);
			child = next;
		}
	}
}
