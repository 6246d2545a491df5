package io.lectern.content.internal.render.myst;

import io.lectern.content.internal.render.InlineMath;
import io.lectern.content.internal.render.LessonLine;
import io.lectern.content.internal.render.LinkResolver;
import io.lectern.content.internal.render.UrlSchemes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;

/**
 * Turns each role of a lesson into what MyST makes of it: references wait for the course's labels,
 * {@code {download}} becomes a link to the course file, the formatting roles become their element,
 * and a role Lectern does not know shows its content as text, with a warning.
 */
final class Roles {

	/** {@code text <target>}, the form that gives a reference its own text. */
	private static final Pattern TEXT_AND_TARGET = Pattern.compile("(?s)(.*?\\S)\\s*<([^<>]+)>");
	/** {@code CSP (Content Security Policy)}: an abbreviation and what it stands for. */
	private static final Pattern ABBREVIATION = Pattern.compile("(?s)(.*?\\S)\\s*\\((.+)\\)");
	private static final Map<String, String> ELEMENTS = Map.of("sub", "sub", "subscript", "sub", "sup", "sup",
			"superscript", "sup", "kbd", "kbd", "u", "u", "underline", "u", "del", "del", "strike", "del",
			"delete", "del");
	/** sphinx-design's badges: {@code bdg}, {@code bdg-info}, {@code bdg-info-line}, {@code bdg-link-info}, {@code bdg-ref-info}. */
	private static final Pattern BADGE = Pattern.compile(
			"bdg(?:-(link|ref))?(?:-(primary|secondary|success|info|warning|danger|light|muted|dark|white|black)(-line)?)?");
	/** sphinx-design's icon roles: Octicons, Material Design and Font Awesome. */
	private static final Pattern ICON = Pattern.compile("octicon|material-(?:regular|outlined|round|sharp|twotone)|fa[bsr]?");
	/** Sphinx domains whose roles name objects of a program: shown as code, as Sphinx does when it finds no target. */
	private static final Set<String> CODE_DOMAINS = Set.of("py", "js", "c", "cpp", "rst", "rb", "java", "php", "http");

	private final LinkResolver links;
	private final int bodyLine;

	private Roles(LinkResolver links, int bodyLine) {
		this.links = links;
		this.bodyLine = bodyLine;
	}

	static void apply(Node document, LinkResolver links, int bodyLine) {
		List<Role> roles = new ArrayList<>();
		document.accept(new AbstractVisitor() {
			@Override
			public void visit(CustomNode node) {
				if (node instanceof Role role) {
					roles.add(role);
				}
				visitChildren(node);
			}
		});
		Roles meaning = new Roles(links, bodyLine);
		roles.forEach(meaning::replace);
	}

	private void replace(Role role) {
		for (Node node : meaning(role)) {
			node.setSourceSpans(role.getSourceSpans());
			role.insertBefore(node);
		}
		role.unlink();
	}

	private List<Node> meaning(Role role) {
		String name = role.name;
		int colon = name.indexOf(':');
		if (colon > 0) {
			String domain = name.substring(0, colon);
			String local = name.substring(colon + 1);
			if (domain.equals("std")) {
				name = local;
			}
			else if (domain.equals("cite")) {
				name = "cite";
			}
			else if (name.equals("prf:ref")) {
				// sphinx-proof's reference to a theorem, proof or algorithm, which mystmd reads as {ref}.
				name = "ref";
			}
			else if (CODE_DOMAINS.contains(domain)) {
				return List.of(new Code(programObject(role.content)));
			}
		}
		String content = role.content;
		return switch (name) {
			case "ref" -> List.of(reference(CrossReference.Form.REF, content));
			case "any" -> List.of(any(role, content));
			case "numref" -> List.of(reference(CrossReference.Form.NUMREF, content));
			case "eq" -> List.of(reference(CrossReference.Form.EQ, content));
			case "term" -> List.of(term(content));
			case "doc" -> List.of(document(role, content));
			case "download" -> List.of(download(content));
			case "button" -> List.of(button(content));
			case "cite" -> citations(content);
			case "math" -> List.of(InlineMath.of(content));
			case "abbr", "abbreviation" -> List.of(abbreviation(content));
			case "code", "literal", "samp" -> List.of(new Code(content));
			case "index" -> List.of(new Text(shownText(content)));
			case "chem", "chemicalFormula" -> List.of(ScienceRoles.chemicalFormula(content));
			case "si" -> List.of(ScienceRoles.quantity(content).orElseGet(() -> {
				links.warning(lineOf(role), "problem.role.si", content);
				return new Text(content);
			}));
			case "smallcaps", "sc" -> List.of(withText(new InlineMarkup("span", Map.of("class", "smallcaps")), content));
			// Meant for a LaTeX or Typst export only: a web page shows nothing of it, as mystmd's does.
			case "raw:latex", "raw:tex", "raw:typst", "raw:typ" -> List.of();
			default -> {
				if (ELEMENTS.containsKey(name)) {
					yield List.of(withText(new InlineMarkup(ELEMENTS.get(name), ""), content));
				}
				Matcher badge = BADGE.matcher(name);
				if (badge.matches()) {
					yield List.of(badge(badge, role, content));
				}
				if (ICON.matcher(name).matches()) {
					// sphinx-design's icons from sets the portal does not bundle: decoration, left out.
					yield List.of();
				}
				links.warning(lineOf(role), "problem.role.unknown", role.name);
				yield List.of(new Text(shownText(content)));
			}
		};
	}

	/**
	 * A role's words as plain text, where a title shows it (the page's title, the course's contents):
	 * an abbreviation without what it stands for, a reference or index entry written
	 * {@code text <target>} as its text, and otherwise what is written between the backticks.
	 */
	static String plainText(Role role) {
		if (role.name.equals("abbr") || role.name.equals("abbreviation")) {
			Matcher expanded = ABBREVIATION.matcher(role.content);
			return expanded.matches() ? expanded.group(1) : role.content;
		}
		return shownText(role.content);
	}

	/**
	 * The text a role that only shows its content shows: an {@code {index}} role, which MyST shows in
	 * place while it adds an entry to an index page (Lectern has none), or a role Lectern does not
	 * know. Written {@code text <target>}, as Sphinx's roles take an explicit title, only the text.
	 */
	private static String shownText(String content) {
		Matcher told = TEXT_AND_TARGET.matcher(content);
		return told.matches() ? told.group(1) : content;
	}

	private static CrossReference reference(CrossReference.Form form, String content) {
		Matcher told = TEXT_AND_TARGET.matcher(content);
		if (told.matches()) {
			return withText(new CrossReference(form, told.group(2).strip()), told.group(1));
		}
		return new CrossReference(form, content.strip());
	}

	private static CrossReference term(String content) {
		Matcher told = TEXT_AND_TARGET.matcher(content);
		String term = told.matches() ? told.group(2) : content;
		return withText(new CrossReference(CrossReference.Form.TERM, Glossary.id(term)),
				told.matches() ? told.group(1) : content);
	}

	/**
	 * Sphinx's {@code any}, which finds its target wherever it is: a file of the course, as
	 * {@code {doc}} names one, else a label, as {@code {ref}} does; a bare-name link reads the same way.
	 */
	private Node any(Role role, String content) {
		Matcher told = TEXT_AND_TARGET.matcher(content);
		String target = told.matches() ? told.group(2).strip() : content.strip();
		return !UrlSchemes.hasScheme(target) && links.isFile(target) ? document(role, content)
				: reference(CrossReference.Form.REF, content);
	}

	private Node document(Role role, String content) {
		Matcher told = TEXT_AND_TARGET.matcher(content);
		String path = told.matches() ? told.group(2).strip() : content.strip();
		// {doc} names a lesson by its path; an address with a scheme is no lesson and never becomes a link.
		Optional<String> url = UrlSchemes.hasScheme(path) ? Optional.empty() : links.page(path, lineOf(role));
		if (url.isEmpty()) {
			return new Text(told.matches() ? told.group(1) : path);
		}
		CrossReference reference = new CrossReference(CrossReference.Form.DOC, url.get());
		return told.matches() ? withText(reference, told.group(1)) : reference;
	}

	/** A link to the file that the renderer resolves and checks as it does every link of the lesson. */
	private static Node download(String content) {
		Matcher told = TEXT_AND_TARGET.matcher(content);
		String path = told.matches() ? told.group(2).strip() : content.strip();
		String text = told.matches() ? told.group(1) : path.substring(path.lastIndexOf('/') + 1);
		return withText(new Link(path, null), text);
	}

	/**
	 * mystmd's {@code {button}`Get started <start.md>`}: a link that looks like a button, to a lesson
	 * or another site, resolved and checked as every link is.
	 */
	private static Node button(String content) {
		Matcher told = TEXT_AND_TARGET.matcher(content);
		String target = told.matches() ? told.group(2).strip() : content.strip();
		InlineMarkup button = new InlineMarkup("span", Map.of("class", "button-link"));
		button.appendChild(withText(new Link(target, null), told.matches() ? told.group(1) : target));
		return button;
	}

	/**
	 * A badge, filled or outlined ({@code -line}) in its colour: its text alone, or a link to an
	 * address ({@code bdg-link-}, written as {@code {ref}} is: {@code text <address>}) or a label or
	 * lesson ({@code bdg-ref-}, as {@code {any}}).
	 */
	private Node badge(Matcher badge, Role role, String content) {
		String classes = "badge badge-" + (badge.group(2) == null ? "plain" : badge.group(2))
				+ (badge.group(3) == null ? "" : " badge-line");
		InlineMarkup shown = new InlineMarkup("span", Map.of("class", classes));
		if ("link".equals(badge.group(1))) {
			Matcher told = TEXT_AND_TARGET.matcher(content);
			String address = told.matches() ? told.group(2).strip() : content.strip();
			shown.appendChild(withText(new Link(address, null), told.matches() ? told.group(1) : address));
		}
		else if ("ref".equals(badge.group(1))) {
			shown.appendChild(any(role, content));
		}
		else {
			shown.appendChild(new Text(content));
		}
		return shown;
	}

	/** {@code {cite}`a,b`} in author-year style, as mystmd's parenthetical citations: "(Smith, 2020; Doe, 2021)". */
	private static List<Node> citations(String content) {
		List<Node> nodes = new ArrayList<>();
		for (String key : content.split("[,;]")) {
			if (key.isBlank()) {
				continue;
			}
			nodes.add(new Text(nodes.isEmpty() ? "(" : "; "));
			nodes.add(new CrossReference(CrossReference.Form.CITE, key.strip()));
		}
		if (!nodes.isEmpty()) {
			nodes.add(new Text(")"));
		}
		return nodes;
	}

	private static Node abbreviation(String content) {
		Matcher expanded = ABBREVIATION.matcher(content);
		return expanded.matches() ? withText(new InlineMarkup("abbr", expanded.group(2).strip()), expanded.group(1))
				: withText(new InlineMarkup("abbr", ""), content);
	}

	/** {@code ~pkg.mod.func} shows {@code func}; {@code !name} only means "no link" to Sphinx. */
	private static String programObject(String content) {
		String object = content.startsWith("!") ? content.substring(1) : content;
		Matcher told = TEXT_AND_TARGET.matcher(object);
		if (told.matches()) {
			return told.group(1);
		}
		return object.startsWith("~") ? object.substring(object.lastIndexOf('.') + 1).replace("~", "") : object;
	}

	private static <T extends Node> T withText(T node, String text) {
		node.appendChild(new Text(text));
		return node;
	}

	private int lineOf(Node node) {
		return LessonLine.of(node, bodyLine);
	}
}
