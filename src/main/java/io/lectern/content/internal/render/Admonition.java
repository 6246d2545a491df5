package io.lectern.content.internal.render;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * A call-out box written the way GitHub does: a block quote whose first line is {@code [!NOTE]},
 * {@code [!TIP]}, {@code [!IMPORTANT]}, {@code [!WARNING]} or {@code [!CAUTION]}.
 */
final class Admonition extends CustomBlock {

	private static final Pattern MARKER = Pattern.compile("^\\s*\\[!(NOTE|TIP|IMPORTANT|WARNING|CAUTION)]\\s*$",
			Pattern.CASE_INSENSITIVE);

	final String kind;

	private Admonition(String kind) {
		this.kind = kind;
	}

	/** Replaces every marked block quote in {@code document} with an admonition. */
	static void transform(Node document) {
		document.accept(new AbstractVisitor() {
			@Override
			public void visit(BlockQuote quote) {
				visitChildren(quote);
				if (quote.getFirstChild() instanceof Paragraph paragraph) {
					convert(quote, paragraph);
				}
			}
		});
	}

	private static void convert(BlockQuote quote, Paragraph first) {
		// The marker may be split over several text nodes ("[", "!NOTE", "]"), so read up to the first line break.
		StringBuilder line = new StringBuilder();
		Node end = first.getFirstChild();
		while (end instanceof Text text) {
			line.append(text.getLiteral());
			end = end.getNext();
		}
		Matcher matcher = MARKER.matcher(line);
		if (!matcher.matches() || !(end == null || end instanceof SoftLineBreak || end instanceof HardLineBreak)) {
			return;
		}
		Node stop = end == null ? null : end.getNext();
		for (Node node = first.getFirstChild(); node != stop;) {
			Node next = node.getNext();
			node.unlink();
			node = next;
		}
		if (first.getFirstChild() == null) {
			first.unlink();
		}
		Admonition admonition = new Admonition(matcher.group(1).toLowerCase(Locale.ROOT));
		BlockRenderer.moveChildren(quote, admonition);
		quote.insertAfter(admonition);
		quote.unlink();
	}

	/** Renders an admonition as a labelled box; the label carries the meaning, not only the colour. */
	static final class Renderer extends BlockRenderer<Admonition> {

		Renderer(HtmlNodeRendererContext context) {
			super(context, Admonition.class);
		}

		@Override
		void render(Admonition admonition, HtmlWriter html) {
			html.line();
			Map<String, String> attributes = new LinkedHashMap<>();
			attributes.put("class", "admonition admonition-" + admonition.kind);
			attributes.put("role", "note");
			html.tag("div", attributes);
			html.tag("p", Map.of("class", "admonition-title"));
			html.text(Character.toUpperCase(admonition.kind.charAt(0)) + admonition.kind.substring(1));
			html.tag("/p");
			renderChildren(admonition);
			html.tag("/div");
			html.line();
		}
	}
}
