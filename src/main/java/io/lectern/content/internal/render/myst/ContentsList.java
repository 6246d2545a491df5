package io.lectern.content.internal.render.myst;

import io.lectern.content.internal.render.Labelled;
import io.lectern.content.internal.render.TocLine;
import io.lectern.content.internal.render.UrlSchemes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;

/**
 * mystmd's {@code {toc}} directive (also {@code {table-of-contents}}, {@code {contents}} and
 * {@code {toctree}}, as mystmd reads them): a table of contents in the page, of one of four
 * contexts. {@code project}, the default, lists every page of the course as its table of contents
 * nests them; {@code children} the pages nested under this one; {@code page} every heading of the
 * page; {@code section}, the default of {@code {contents}}, the headings that follow the directive
 * in its section. {@code :depth:} ({@code :maxdepth:}) keeps that many levels; the argument is a
 * title above the list. A Sphinx {@code {toctree}} that names its pages lists those pages, and
 * one marked {@code :hidden:} only shaped Sphinx's sidebar, which the course's navigation stands
 * in for, and shows nothing.
 *
 * <p>Pages are listed at once, their titles resolved with the course's references; headings once
 * the page's headings have their ids and numbers ({@link #listHeadings}).
 */
final class ContentsList {

	/** A toctree entry with its own title: {@code Getting started <intro>}. */
	private static final Pattern TITLED = Pattern.compile("(?s)(.*?\\S)\\s*<([^<>]+)>");

	private enum Context {
		PROJECT, CHILDREN, PAGE, SECTION
	}

	private ContentsList() {
	}

	static void register(Map<String, DirectiveKind> kinds) {
		for (String name : new String[] { "toc", "table-of-contents", "contents", "toctree" }) {
			kinds.put(name, DirectiveKind.verbatim(ContentsList::build));
		}
	}

	private static Node build(Directive directive, Expansion expansion) {
		if (directive.name.equals("toctree") && directive.flag("hidden")) {
			return null;
		}
		List<String> entries = directive.body().lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
		if (directive.name.equals("toctree") && !entries.isEmpty()) {
			return toctree(directive, expansion, entries);
		}
		Context context = context(directive, expansion);
		int depth = depth(directive, expansion);
		Element box = new Element("div", "contents-list").withClasses(directive.option("class"));
		if (!directive.argument.isBlank()) {
			Element title = new Element("p", "contents-list-title");
			expansion.appendInlines(title, directive.argument, directive.line());
			box.appendChild(title);
		}
		switch (context) {
			case PROJECT, CHILDREN -> {
				List<TocLine> lines = context == Context.PROJECT ? expansion.links.coursePages() : expansion.links.childPages();
				List<TocLine> kept = depth == 0 ? lines : limited(lines, depth);
				if (kept.isEmpty()) {
					expansion.warn(directive, "problem.directive.contentsEmpty", directive.name);
					return null;
				}
				TableOfContents.appendLines(box, kept);
			}
			case PAGE, SECTION -> box.appendChild(new HeadingsWanted(context == Context.SECTION, depth,
					() -> expansion.warn(directive, "problem.directive.contentsEmpty", directive.name)));
		}
		return box;
	}

	/**
	 * A Sphinx toctree that names its pages: those pages, in its order, each by the title it is
	 * given ({@code Title <path>}) or else as the navigation names it; an entry with a scheme is a
	 * link out. Sphinx also lists each page's own sections under it; Lectern lists the pages.
	 */
	private static Node toctree(Directive directive, Expansion expansion, List<String> entries) {
		Element box = new Element("div", "contents-list").withClasses(directive.option("class"));
		if (!directive.option("caption").isBlank()) {
			Element caption = new Element("p", "contents-list-title");
			caption.appendChild(new Text(directive.option("caption").strip()));
			box.appendChild(caption);
		}
		Element list = new Element("ul", "");
		for (String entry : entries) {
			Matcher titled = TITLED.matcher(entry);
			String target = titled.matches() ? titled.group(2).strip() : entry;
			if (target.equals("self")) {
				continue;
			}
			Node shown;
			if (UrlSchemes.hasScheme(target)) {
				shown = new Link(target, null);
				shown.appendChild(new Text(titled.matches() ? titled.group(1) : target));
			}
			else {
				Optional<String> url = expansion.links.page(target, expansion.lineOf(directive.line()));
				if (url.isEmpty()) {
					continue;
				}
				shown = new CrossReference(titled.matches() ? CrossReference.Form.DOC : CrossReference.Form.TOC, url.get());
				if (titled.matches()) {
					shown.appendChild(new Text(titled.group(1)));
				}
			}
			Element item = new Element("li", "");
			item.appendChild(shown);
			list.appendChild(item);
		}
		if (list.getFirstChild() == null) {
			return null;
		}
		box.appendChild(list);
		return box;
	}

	private static Context context(Directive directive, Expansion expansion) {
		String written = directive.option("context").isEmpty() ? directive.option("kind") : directive.option("context");
		if (written.isEmpty()) {
			return directive.name.equals("contents") ? Context.SECTION : Context.PROJECT;
		}
		try {
			return Context.valueOf(written.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException unknown) {
			expansion.warn(directive, "problem.directive.contentsContext", written.strip(), directive.name);
			return Context.PROJECT;
		}
	}

	/** @return the levels to keep, 0 for all */
	private static int depth(Directive directive, Expansion expansion) {
		String written = directive.option("depth").isEmpty() ? directive.option("maxdepth") : directive.option("depth");
		if (written.isEmpty()) {
			return 0;
		}
		try {
			int depth = Integer.parseInt(written.strip());
			if (depth >= 1) {
				return depth;
			}
		}
		catch (NumberFormatException notANumber) {
			// Reported below, as a depth below 1 is.
		}
		expansion.warn(directive, "problem.directive.contentsDepth", written.strip());
		return 0;
	}

	/** The lines down to {@code depth} levels: a page's own pages, and a group's lines, are a level below it. */
	private static List<TocLine> limited(List<TocLine> lines, int depth) {
		List<TocLine> kept = new ArrayList<>();
		for (TocLine line : lines) {
			if (line instanceof TocLine.Page page) {
				kept.add(new TocLine.Page(page.url(), depth > 1 ? limited(page.children(), depth - 1) : List.of()));
			}
			else if (line instanceof TocLine.Group group) {
				kept.add(new TocLine.Group(group.caption(), depth > 1 ? limited(group.lines(), depth - 1) : List.of()));
			}
			else {
				kept.add(line);
			}
		}
		return kept;
	}

	/** Where the headings of the page, or of the section that follows, are listed once they are anchored and numbered. */
	private static final class HeadingsWanted extends CustomBlock {

		final boolean sectionOnly;
		final int depth;
		final Runnable warnNoHeadings;

		HeadingsWanted(boolean sectionOnly, int depth, Runnable warnNoHeadings) {
			this.sectionOnly = sectionOnly;
			this.depth = depth;
			this.warnNoHeadings = warnNoHeadings;
		}
	}

	/**
	 * Lists the headings each {@code page} or {@code section} table of contents asks for, as links to
	 * their anchors with their numbers; on the tree whose headings the numbering pass has anchored.
	 * A list with no heading to show is left out, with a warning, as mystmd warns.
	 */
	static void listHeadings(Node document) {
		List<Node> inOrder = new ArrayList<>();
		document.accept(new AbstractVisitor() {
			@Override
			public void visit(CustomBlock block) {
				if (block instanceof HeadingsWanted || block instanceof Labelled labelled
						&& labelled.kind() == Labelled.Kind.HEADING) {
					inOrder.add(block);
				}
				visitChildren(block);
			}
		});
		for (int at = 0; at < inOrder.size(); at++) {
			if (inOrder.get(at) instanceof HeadingsWanted wanted) {
				List<Labelled> headings = (wanted.sectionOnly ? inOrder.subList(at + 1, inOrder.size()) : inOrder).stream()
					.filter(Labelled.class::isInstance)
					.map(Labelled.class::cast)
					.toList();
				List<Labelled> shown = shown(headings, wanted);
				Node box = wanted.getParent();
				if (shown.isEmpty()) {
					wanted.warnNoHeadings.run();
					box.unlink();
				}
				else {
					int top = shown.stream().mapToInt(Labelled::headingDepth).min().orElseThrow();
					wanted.insertBefore(list(shown, 0, top));
					wanted.unlink();
				}
			}
		}
	}

	/** mystmd's choice: from the first heading's depth down {@code depth} levels, and a section's up to the next shallower heading. */
	private static List<Labelled> shown(List<Labelled> headings, HeadingsWanted wanted) {
		if (headings.isEmpty()) {
			return headings;
		}
		int top = headings.get(0).headingDepth();
		List<Labelled> shown = new ArrayList<>();
		for (Labelled heading : headings) {
			if (wanted.sectionOnly && heading.headingDepth() < top) {
				break;
			}
			if (wanted.depth == 0 || heading.headingDepth() - top < wanted.depth) {
				shown.add(heading);
			}
		}
		return shown;
	}

	/** A nested list of the headings from {@code from} on at its heading's depth, each with the deeper ones after it. */
	private static Element list(List<Labelled> headings, int from, int depth) {
		Element list = new Element("ul", "");
		for (int at = from; at < headings.size() && headings.get(at).headingDepth() >= depth; at++) {
			Labelled heading = headings.get(at);
			if (heading.headingDepth() > depth) {
				continue;
			}
			Element item = new Element("li", "");
			Link link = new Link("#" + heading.anchor(), null);
			link.appendChild(new Text(heading.number().isEmpty() ? heading.title() : heading.number() + " " + heading.title()));
			item.appendChild(link);
			if (at + 1 < headings.size() && headings.get(at + 1).headingDepth() > depth) {
				item.appendChild(list(headings, at + 1, headings.get(at + 1).headingDepth()));
			}
			list.appendChild(item);
		}
		return list;
	}
}
