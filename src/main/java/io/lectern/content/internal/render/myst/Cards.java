package io.lectern.content.internal.render.myst;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;

/**
 * sphinx-design's {@code card} (a title, a header above a {@code ^^^} line, a footer below a
 * {@code +++} line, an optional {@code :link:}) and {@code grid} (columns for phones, tablets,
 * laptops and wide screens, as {@code 1 2 2 3}), with {@code grid-item} and {@code grid-item-card}.
 */
final class Cards {

	private static final Pattern HEADER_END = Pattern.compile("^\\^{3,}\\s*$");
	private static final Pattern FOOTER_START = Pattern.compile("^\\+{3,}\\s*$");
	private static final String[] SIZES = { "xs", "sm", "md", "lg" };

	private Cards() {
	}

	static void register(Map<String, DirectiveKind> kinds) {
		kinds.put("card", (directive, expansion) -> card(directive, expansion, "card"));
		kinds.put("grid-item-card", (directive, expansion) -> card(directive, expansion, "card grid-item"));
		kinds.put("grid", Cards::grid);
		kinds.put("grid-item", (directive, expansion) -> {
			Element item = new Element("div", "grid-item").withClasses(directive.option("class"));
			expansion.appendBody(item, directive);
			return item;
		});
	}

	private static Node card(Directive directive, Expansion expansion, String cssClass) {
		Element card = new Element("div", cssClass).withClasses(directive.option("class"));
		String[] lines = directive.body().split("\n", -1);
		int headerEnd = -1;
		int footerStart = lines.length;
		for (int i = 0; i < lines.length; i++) {
			if (headerEnd < 0 && footerStart == lines.length && HEADER_END.matcher(lines[i]).matches()) {
				headerEnd = i;
			}
			else if (footerStart == lines.length && FOOTER_START.matcher(lines[i]).matches()) {
				footerStart = i;
			}
		}
		int line = directive.bodyLine();
		if (headerEnd >= 0) {
			card.appendChild(part("card-header", join(lines, 0, headerEnd), line, expansion));
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
			if (directive.argument.isBlank()) {
				into.appendChild(new Text(link));
			}
			else {
				expansion.appendInlines(into, directive.argument, directive.line());
			}
			body.appendChild(title);
		}
		expansion.appendBlocks(body, join(lines, headerEnd + 1, footerStart), line + headerEnd + 1);
		Expansion.moveChildren(directive, body);
		card.appendChild(body);
		if (footerStart < lines.length) {
			card.appendChild(part("card-footer", join(lines, footerStart + 1, lines.length), line + footerStart + 1, expansion));
		}
		return card;
	}

	private static Element part(String cssClass, String markdown, int line, Expansion expansion) {
		Element part = new Element("div", cssClass);
		expansion.appendBlocks(part, markdown, line);
		return part;
	}

	private static String join(String[] lines, int from, int to) {
		return String.join("\n", List.of(lines).subList(Math.max(0, from), Math.max(from, to)));
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
