package io.lectern.content.internal.render.myst;

import io.lectern.content.internal.render.Admonition;
import io.lectern.content.internal.render.DisplayMath;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.Node;

/**
 * Directives with little to them: {@code math} and {@code raw} (HTML only, which then passes the
 * lesson's sanitizer like any raw HTML); {@code toctree} and {@code contents} are mystmd's
 * {@code toc} ({@link ContentsList}), and Jupyter Book 1's {@code tableofcontents} is
 * {@link TableOfContents}. {@code index} shows nothing either, as in MyST, where it only adds entries
 * to an index page, which Lectern has not; a {@code :label:} or {@code :name:} on it is still a target.
 * {@code bibliography} lists the course's references where it stands, as sphinxcontrib-bibtex does.
 * {@code todo} is an author's note, shown only where the course asks for its todos, as in Sphinx.
 */
final class Plain {

	private Plain() {
	}

	static void register(Map<String, DirectiveKind> kinds) {
		kinds.put("math", DirectiveKind.verbatim((directive, expansion) -> {
			String tex = (directive.argument.strip() + "\n" + directive.body()).strip();
			DisplayMath math = DisplayMath.of(tex, Optional.ofNullable(directive.label()).filter(label -> !label.isBlank()))
				.numberedAs(directive.enumerator());
			return directive.enumerated() ? math : math.unnumbered();
		}));
		kinds.put("raw", DirectiveKind.verbatim(Plain::raw));
		kinds.put("index", DirectiveKind.verbatim(
				(directive, expansion) -> directive.label().isEmpty() ? null : new LabelLine(directive.label())));
		kinds.put("todo", Plain::todo);
		kinds.put("todolist", DirectiveKind.verbatim(Plain::todoList));
		kinds.put("bibliography", DirectiveKind.verbatim(
				(directive, expansion) -> new CrossReference(CrossReference.Form.BIBLIOGRAPHY, bibliographyFilter(directive))));
	}

	/**
	 * Which entries a {@code {bibliography}} lists, in sphinxcontrib-bibtex's options: by default
	 * those cited anywhere in the course; {@code :all:} (or {@code :filter: True}) every entry of its
	 * files, {@code :notcited:} (or {@code :filter: not cited}) those no lesson cites. Its other filter
	 * expressions, over the entries' fields, read as the default. The BibTeX file it names as its
	 * argument is already in the course's bibliography, which the project file lists.
	 */
	private static String bibliographyFilter(Directive directive) {
		String filter = directive.option("filter").toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
		if (directive.options().containsKey("all") || filter.equals("true") || filter.equals("all")) {
			return CrossReferences.Listed.ALL.name();
		}
		if (directive.options().containsKey("notcited") || filter.equals("not cited")) {
			return CrossReferences.Listed.NOT_CITED.name();
		}
		return CrossReferences.Listed.CITED.name();
	}

	/**
	 * sphinx.ext.todo's note: left out of the page, as Sphinx leaves it out of a book, unless the
	 * course shows its todos ({@code todo_include_todos}); then a box titled "Todo".
	 */
	private static Node todo(Directive directive, Expansion expansion) {
		if (!expansion.links.showsTodos()) {
			return null;
		}
		Admonition box = new Admonition("note", expansion.words.admonition("todo"), "todo", Admonition.Fold.NONE);
		expansion.appendBody(box, directive);
		return box;
	}

	/**
	 * The list of every todo of the book, which Sphinx shows only where todos are shown: the portal
	 * shows each in its own page and says so here.
	 */
	private static Node todoList(Directive directive, Expansion expansion) {
		if (expansion.links.showsTodos()) {
			expansion.warn(directive, "problem.directive.todolist");
		}
		return null;
	}

	private static Node raw(Directive directive, Expansion expansion) {
		if (!directive.argument.strip().toLowerCase(Locale.ROOT).equals("html")) {
			return null;
		}
		HtmlBlock html = new HtmlBlock();
		html.setLiteral(directive.body() + "\n");
		return html;
	}
}
