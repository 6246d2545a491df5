package io.lectern.content.internal.render.myst;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.parser.PostProcessor;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * MyST's definition lists: a term on a line of its own, then one or more definitions each starting
 * with {@code ": "} (continued by indented lines, as a list item is). Terms and definitions are
 * parsed as blocks ({@link Definition}); this gathers each run of them into one {@code <dl>}.
 */
final class DefinitionList extends CustomBlock {

	/** A term, {@code <dt>}: inline content. */
	static final class Term extends CustomBlock {
	}

	/** Gathers terms and definitions that follow each other into lists, once the document is parsed. */
	static final class Gathering implements PostProcessor {

		@Override
		public Node process(Node document) {
			List<Definition> definitions = new ArrayList<>();
			document.accept(new AbstractVisitor() {
				@Override
				public void visit(CustomBlock block) {
					if (block instanceof Definition definition) {
						definitions.add(definition);
					}
					visitChildren(block);
				}
			});
			for (Definition definition : definitions) {
				Node before = definition.getPrevious();
				if (before instanceof Paragraph paragraph && isOneLine(paragraph)) {
					// A blank line may stand between a term and its first definition.
					Term term = new Term();
					term.setSourceSpans(paragraph.getSourceSpans());
					moveChildren(paragraph, term);
					paragraph.insertAfter(term);
					paragraph.unlink();
					before = term;
				}
				if (before instanceof DefinitionList list) {
					list.appendChild(definition);
				}
				else if (before instanceof Term term && term.getPrevious() instanceof DefinitionList list) {
					list.appendChild(term);
					list.appendChild(definition);
				}
				else {
					DefinitionList list = new DefinitionList();
					list.setSourceSpans((before instanceof Term ? before : definition).getSourceSpans());
					definition.insertBefore(list);
					if (before instanceof Term) {
						list.appendChild(before);
					}
					list.appendChild(definition);
				}
			}
			return document;
		}

		private static boolean isOneLine(Paragraph paragraph) {
			for (Node child = paragraph.getFirstChild(); child != null; child = child.getNext()) {
				if (child instanceof SoftLineBreak) {
					return false;
				}
			}
			return true;
		}

		private static void moveChildren(Node from, Node to) {
			for (Node child = from.getFirstChild(); child != null;) {
				Node next = child.getNext();
				to.appendChild(child);
				child = next;
			}
		}
	}

	static final class Renderer implements NodeRenderer {

		private final HtmlNodeRendererContext context;

		Renderer(HtmlNodeRendererContext context) {
			this.context = context;
		}

		@Override
		public Set<Class<? extends Node>> getNodeTypes() {
			return Set.of(DefinitionList.class, Term.class, Definition.class);
		}

		@Override
		public void render(Node node) {
			HtmlWriter html = context.getWriter();
			String element = node instanceof DefinitionList ? "dl" : node instanceof Term ? "dt" : "dd";
			html.line();
			html.tag(element);
			if (node instanceof DefinitionList) {
				html.line();
			}
			// A definition of one paragraph is tight, as in a tight list: its text sits in the <dd> itself.
			Node only = node instanceof Definition && node.getFirstChild() instanceof Paragraph paragraph
					&& paragraph.getNext() == null ? paragraph : node;
			for (Node child = only.getFirstChild(); child != null; child = child.getNext()) {
				context.render(child);
			}
			html.tag("/" + element);
			html.line();
		}
	}
}
