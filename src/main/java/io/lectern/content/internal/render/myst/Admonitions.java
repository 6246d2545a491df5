package io.lectern.content.internal.render.myst;

import io.lectern.content.internal.render.Admonition;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.StrongEmphasis;

/**
 * Call-out boxes: {@code note}, {@code tip}, {@code warning} and the rest, {@code admonition} with a
 * title of its own, and sphinx-design's {@code dropdown}. As in mystmd, an argument is the box's
 * title, and without one a heading or an all-bold paragraph opening the body is;
 * {@code :class: dropdown} or {@code :open:} folds it into a {@code <details>}. Jupyter Book 1's
 * sphinx-togglebutton folds the same way: its {@code toggle} directive hides its body behind "Click
 * to show" ({@code :show:} starts it open), and {@code :class: toggle} folds a box under its title.
 */
final class Admonitions {

	/** The kinds, each titled by its word in the course's language ({@code admonition.note}...). */
	private static final Pattern SPACES = Pattern.compile("\\s+");
	private static final Pattern UNSAFE_CLASS_CHARACTER = Pattern.compile("[^A-Za-z0-9_-]");
	private static final Set<String> TITLES = Set.of("note", "tip", "hint", "important", "warning", "caution", "attention",
			"danger", "error", "seealso");

	private Admonitions() {
	}

	static void register(Map<String, DirectiveKind> kinds) {
		TITLES.forEach(name -> kinds.put(name, DirectiveKind.titled(Admonitions::build)));
		kinds.put("admonition", DirectiveKind.titled(Admonitions::build));
		kinds.put("dropdown", DirectiveKind.titled(Admonitions::build));
		kinds.put("toggle", DirectiveKind.titled((directive, expansion) -> {
			Admonition toggle = new Admonition("dropdown", expansion.words.admonition("toggle"), "toggle",
					directive.options().containsKey("show") ? Admonition.Fold.OPEN : Admonition.Fold.CLOSED);
			expansion.appendBody(toggle, directive);
			return toggle;
		}));
	}

	private static Node build(Directive directive, Expansion expansion) {
		String kind = directive.name.equals("admonition") || directive.name.equals("dropdown") ? "" : directive.name;
		boolean dropdown = directive.name.equals("dropdown") || directive.options().containsKey("open");
		List<String> classes = new ArrayList<>();
		for (String word : SPACES.split(directive.option("class"))) {
			String safe = UNSAFE_CLASS_CHARACTER.matcher(word).replaceAll("");
			if (safe.equals("dropdown") || safe.equals("toggle")) {
				dropdown = true;
			}
			else if (kind.isEmpty() && TITLES.contains(safe)) {
				// {admonition} with :class: tip looks like a tip, as in Sphinx.
				kind = safe;
			}
			else if (!safe.isEmpty()) {
				classes.add(safe);
			}
		}
		String look = kind.isEmpty() ? (directive.name.equals("dropdown") ? "dropdown" : "note") : kind;
		String defaultTitle = kind.isEmpty()
				? (directive.name.equals("dropdown") ? expansion.words.admonition("details") : "")
				: expansion.words.admonition(kind);
		Admonition.Fold fold = !dropdown ? Admonition.Fold.NONE
				: directive.flag("open") ? Admonition.Fold.OPEN : Admonition.Fold.CLOSED;
		Admonition admonition = new Admonition(look, defaultTitle, String.join(" ", classes), fold);
		if (!directive.argument.isBlank()) {
			Admonition.Title title = new Admonition.Title();
			expansion.appendTitle(title, directive);
			admonition.appendChild(title);
		}
		expansion.appendBody(admonition, directive);
		if (directive.argument.isBlank() && !directive.name.equals("dropdown")) {
			titleFromBody(admonition);
		}
		return admonition;
	}

	/**
	 * As mystmd reads a box without an argument: a body that opens with a heading, or with a
	 * paragraph that is all bold text, is titled by it, and that block leaves the body.
	 */
	private static void titleFromBody(Admonition admonition) {
		Node first = admonition.getFirstChild();
		Node words = first instanceof Heading ? first
				: first instanceof Paragraph paragraph && paragraph.getFirstChild() instanceof StrongEmphasis strong
						&& strong.getNext() == null ? strong : null;
		if (words == null) {
			return;
		}
		Admonition.Title title = new Admonition.Title();
		for (Node child = words.getFirstChild(); child != null;) {
			Node next = child.getNext();
			title.appendChild(child);
			child = next;
		}
		first.insertBefore(title);
		first.unlink();
	}
}
