package io.lectern.content.internal.render.myst;

import io.lectern.content.internal.render.UrlSchemes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;

/**
 * sphinx-design's {@code card} (a title, a header above a {@code ^^^} line, a footer below a
 * {@code +++} line, or mystmd's {@code :header:} and {@code :footer:} options, an optional {@code :link:}, titled by the lesson it leads to when the card has no
 * title of its own) and {@code grid} (columns for phones, tablets, laptops and wide screens, as
 * {@code 1 2 2 3}), with {@code grid-item} and {@code grid-item-card}.
 */
final class Cards {

	private static final String[] SIZES = { "xs", "sm", "md", "lg" };

	private Cards() {
	}

	static void register(Map<String, DirectiveKind> kinds) {
		kinds.put("card", DirectiveKind.read((directive, expansion) -> card(directive, expansion, "card"),
				DirectiveKind.Body.PARTS, true));
		kinds.put("grid-item-card", DirectiveKind.read((directive, expansion) -> card(directive, expansion, "card grid-item"),
				DirectiveKind.Body.PARTS, true));
		kinds.put("grid", Cards::grid);
		kinds.put("grid-item", (directive, expansion) -> {
			Element item = new Element("div", "grid-item").withClasses(directive.option("class"));
			expansion.appendBody(item, directive);
			return item;
		});
	}

	private static Node card(Directive directive, Expansion expansion, String cssClass) {
		Element card = new Element("div", cssClass).withClasses(directive.option("class"));
		Fragment parts = expansion.body(directive);
		CardPartBreak headerEnd = partBreak(parts, false);
		CardPartBreak footerStart = partBreak(parts, true);
		String headerOption = directive.option("header");
		if (headerEnd != null || !headerOption.isBlank()) {
			Element header = new Element("div", "card-header");
			appendOption(header, headerOption, directive, expansion);
			if (headerEnd != null) {
				moveBefore(parts.getFirstChild(), headerEnd, header);
				headerEnd.unlink();
			}
			card.appendChild(header);
		}
		Element body = new Element("div", "card-body");
		String link = directive.option("link");
		if (!directive.argument.isBlank() || !link.isEmpty()) {
			Element title = new Element("p", "card-title");
			Node into = title;
			if (!link.isEmpty()) {
				Link anchor = new Link(link, null);
				title.appendChild(anchor);
				into = anchor;
			}
			if (!directive.argument.isBlank()) {
				expansion.appendTitle(into, directive);
			}
			else if (UrlSchemes.hasScheme(link)) {
				into.appendChild(new Text(link));
			}
			// Else a link with no text: to a lesson of the course it reads as that lesson's title, as [](other.md) does.
			body.appendChild(title);
		}
		moveBefore(parts.getFirstChild(), footerStart, body);
		card.appendChild(body);
		String footerOption = directive.option("footer");
		if (footerStart != null || !footerOption.isBlank()) {
			Element footer = new Element("div", "card-footer");
			if (footerStart != null) {
				moveBefore(footerStart.getNext(), null, footer);
			}
			appendOption(footer, footerOption, directive, expansion);
			card.appendChild(footer);
		}
		return card;
	}

	/** mystmd's {@code :header:} and {@code :footer:} options: one line of Markdown, as a paragraph. */
	private static void appendOption(Element part, String markdown, Directive directive, Expansion expansion) {
		if (!markdown.isBlank()) {
			Paragraph line = new Paragraph();
			expansion.appendInlines(line, markdown.strip(), directive.line());
			part.appendChild(line);
		}
	}

	private static CardPartBreak partBreak(Fragment parts, boolean footer) {
		for (Node block = parts.getFirstChild(); block != null; block = block.getNext()) {
			if (block instanceof CardPartBreak mark && mark.footer == footer) {
				return mark;
			}
		}
		return null;
	}

	/** Moves {@code from} and the blocks after it, up to {@code end} (or the last), into {@code to}. */
	private static void moveBefore(Node from, Node end, Node to) {
		for (Node block = from; block != null && block != end;) {
			Node next = block.getNext();
			to.appendChild(block);
			block = next;
		}
	}

	/** Columns from narrowest screen to widest; fewer than four numbers repeat the last. */
	private static Node grid(Directive directive, Expansion expansion) {
		List<String> classes = new ArrayList<>(List.of("grid"));
		String[] columns = directive.argument.strip().split("\\s+");
		int last = 1;
		for (int i = 0; i < SIZES.length; i++) {
			if (i < columns.length && columns[i].matches("\\d{1,2}")) {
				last = Math.max(1, Math.min(6, Integer.parseInt(columns[i])));
			}
			classes.add("grid-" + SIZES[i] + "-" + last);
		}
		Element grid = new Element("div", String.join(" ", classes)).withClasses(directive.option("class"));
		expansion.appendBody(grid, directive);
		return grid;
	}
}
