package io.lectern.content.internal.render;

import io.lectern.content.Heading;
import io.lectern.content.internal.Slugs;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * Gives every heading a stable id made from its text (GitHub's scheme: {@code "Users & Groups"}
 * becomes {@code users-groups}, a repeat becomes {@code users-groups-1}) so links into a lesson keep
 * working, and renders a "#" anchor link beside it.
 */
final class HeadingAnchors {

	private final Map<org.commonmark.node.Heading, String> ids = new IdentityHashMap<>();
	private final List<Heading> outline = new ArrayList<>();

	HeadingAnchors(Node document) {
		Map<String, Integer> seen = new HashMap<>();
		document.accept(new AbstractVisitor() {
			@Override
			public void visit(org.commonmark.node.Heading heading) {
				String text = textOf(heading).strip();
				String base = Slugs.slugify(text);
				int repeat = seen.merge(base, 1, Integer::sum) - 1;
				String id = repeat == 0 ? base : base + "-" + repeat;
				ids.put(heading, id);
				if (heading.getLevel() == 2 || heading.getLevel() == 3) {
					outline.add(new Heading(heading.getLevel(), id, text));
				}
			}
		});
	}

	/** The h2 and h3 headings, for the "On this page" list. */
	List<Heading> outline() {
		return List.copyOf(outline);
	}

	static String textOf(Node node) {
		StringBuilder text = new StringBuilder();
		node.accept(new AbstractVisitor() {
			@Override
			public void visit(Text literal) {
				text.append(literal.getLiteral());
			}

			@Override
			public void visit(Code code) {
				text.append(code.getLiteral());
			}
		});
		return text.toString();
	}

	NodeRenderer renderer(HtmlNodeRendererContext context) {
		return new NodeRenderer() {
			@Override
			public Set<Class<? extends Node>> getNodeTypes() {
				return Set.of(org.commonmark.node.Heading.class);
			}

			@Override
			public void render(Node node) {
				org.commonmark.node.Heading heading = (org.commonmark.node.Heading) node;
				String tag = "h" + heading.getLevel();
				String id = ids.get(heading);
				HtmlWriter html = context.getWriter();
				html.line();
				html.tag(tag, Map.of("id", id));
				for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
					context.render(child);
				}
				html.raw(" ");
				Map<String, String> anchor = new LinkedHashMap<>();
				anchor.put("href", "#" + id);
				anchor.put("class", "heading-anchor");
				anchor.put("aria-label", "Link to section: " + textOf(heading).strip());
				html.tag("a", anchor);
				html.text("#");
				html.tag("/a");
				html.tag("/" + tag);
				html.line();
			}
		};
	}
}
