package io.lectern.content.internal.render.myst;

import io.lectern.content.internal.render.UrlSchemes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;

/**
 * sphinx-design's buttons, which every Jupyter Book 1 has: {@code button-link} leads to an address
 * or a file of the course, {@code button-ref} to a label or a lesson, each a link in the portal's
 * own button look (as mystmd's {@code {button}} role). The body, when there is one, is the button's
 * text; without one it shows the address, or the target's title. {@code :expand:} widens it to its
 * column and {@code :align:} places it; the colour, outline and shadow options are left to the
 * portal's look.
 */
final class Buttons {

	private static final Set<String> ALIGNMENTS = Set.of("left", "center", "right", "justify");

	private Buttons() {
	}

	static void register(Map<String, DirectiveKind> kinds) {
		kinds.put("button-link", DirectiveKind.verbatim(Buttons::link));
		kinds.put("button-ref", DirectiveKind.verbatim(Buttons::reference));
	}

	private static Node link(Directive directive, Expansion expansion) {
		String address = directive.argument.strip();
		Link link = new Link(address, directive.option("tooltip").isEmpty() ? null : directive.option("tooltip"));
		if (!text(directive, expansion, link)) {
			link.appendChild(new Text(address));
		}
		return button(directive, link);
	}

	/**
	 * {@code :ref-type:} says what the target is: {@code any} (the default: a lesson of the course
	 * when a file has that name, else a label), {@code ref}, {@code doc}, or {@code myst} (a label
	 * whose text is Markdown, as all button text is here).
	 */
	private static Node reference(Directive directive, Expansion expansion) {
		String target = directive.argument.strip();
		String type = directive.option("ref-type").toLowerCase(Locale.ROOT);
		boolean lesson = type.equals("doc") || (type.isEmpty() || type.equals("any"))
				&& !UrlSchemes.hasScheme(target) && expansion.links.isFile(target);
		Node reference;
		if (lesson) {
			var url = expansion.links.page(target, expansion.lineOf(directive.line()));
			if (url.isEmpty()) {
				return null;
			}
			reference = new CrossReference(CrossReference.Form.DOC, url.get());
		}
		else {
			reference = new CrossReference(CrossReference.Form.REF, target);
		}
		text(directive, expansion, reference);
		return button(directive, reference);
	}

	/** Moves the body's words into {@code into}; false when the body is empty. */
	private static boolean text(Directive directive, Expansion expansion, Node into) {
		if (directive.body().isBlank()) {
			return false;
		}
		Fragment body = expansion.body(directive);
		if (body.getFirstChild() instanceof Paragraph words) {
			Expansion.moveChildren(words, into);
		}
		else {
			into.appendChild(new Text(directive.body().strip()));
		}
		return true;
	}

	private static Node button(Directive directive, Node link) {
		List<String> classes = new ArrayList<>(List.of("button-link"));
		if (directive.options().containsKey("expand")) {
			classes.add("button-expand");
		}
		Paragraph paragraph = new Paragraph();
		InlineMarkup button = new InlineMarkup("span", Map.of("class", String.join(" ", classes)));
		button.appendChild(link);
		paragraph.appendChild(button);
		String align = directive.option("align").toLowerCase(Locale.ROOT);
		if (!ALIGNMENTS.contains(align)) {
			return paragraph;
		}
		Element placed = new Element("div", "button-align-" + align);
		placed.appendChild(paragraph);
		return placed;
	}
}
