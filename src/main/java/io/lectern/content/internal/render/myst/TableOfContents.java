package io.lectern.content.internal.render.myst;

import io.lectern.content.internal.render.TocLine;
import java.util.List;
import java.util.Map;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;

/**
 * Jupyter Book 1's {@code {tableofcontents}}: the pages the table of contents nests under this one,
 * as nested lists of links, as sphinx-external-toc writes a toctree there. Under a book's root, the
 * chapters of each part follow the part's caption. A page with nothing under it shows nothing, with
 * a warning, as Jupyter Book warns. Each page is named as the navigation names it, which is only
 * known once every lesson of the course is read: its link is a reference, resolved then.
 */
final class TableOfContents {

	private TableOfContents() {
	}

	static void register(Map<String, DirectiveKind> kinds) {
		kinds.put("tableofcontents", DirectiveKind.verbatim(TableOfContents::build));
	}

	private static Node build(Directive directive, Expansion expansion) {
		List<TocLine> lines = expansion.links.tableOfContentsPages();
		if (lines.isEmpty()) {
			expansion.warn(directive, "problem.directive.noChildPages");
			return null;
		}
		Element wrapper = new Element("div", "toctree-wrapper");
		appendLines(wrapper, lines);
		return wrapper;
	}

	/** Appends {@code lines} to {@code wrapper}: loose lines as one list, each group after its caption. */
	static void appendLines(Element wrapper, List<TocLine> lines) {
		Element loose = null;
		for (TocLine line : lines) {
			if (line instanceof TocLine.Group group && (group.caption() == null || group.caption().isBlank())) {
				// Pages a table of contents groups without a caption read as one list with the pages around them.
				if (loose == null) {
					loose = new Element("ul", "");
					wrapper.appendChild(loose);
				}
				for (TocLine grouped : group.lines()) {
					loose.appendChild(item(grouped));
				}
			}
			else if (line instanceof TocLine.Group group) {
				Element caption = new Element("p", "course-nav-section");
				caption.appendChild(new Text(group.caption()));
				wrapper.appendChild(caption);
				if (!group.lines().isEmpty()) {
					wrapper.appendChild(list(group.lines()));
				}
				loose = null;
			}
			else {
				if (loose == null) {
					loose = new Element("ul", "");
					wrapper.appendChild(loose);
				}
				loose.appendChild(item(line));
			}
		}
	}

	private static Element list(List<TocLine> lines) {
		Element list = new Element("ul", "");
		lines.forEach(line -> list.appendChild(item(line)));
		return list;
	}

	private static Element item(TocLine line) {
		Element item = new Element("li", "");
		if (line instanceof TocLine.Page page) {
			item.appendChild(new CrossReference(CrossReference.Form.TOC, page.url()));
			if (!page.children().isEmpty()) {
				item.appendChild(list(page.children()));
			}
		}
		else if (line instanceof TocLine.Outside outside) {
			Link link = new Link(outside.url(), null);
			link.appendChild(new Text(outside.title()));
			item.appendChild(link);
		}
		else if (line instanceof TocLine.Group group) {
			if (group.caption() != null) {
				item.appendChild(new Text(group.caption()));
			}
			item.appendChild(list(group.lines()));
		}
		return item;
	}
}
