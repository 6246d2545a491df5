package io.lectern.content.internal.render;

import org.commonmark.node.Heading;
import org.commonmark.node.Node;

/**
 * The page shows a lesson's title above its body, so a body whose first heading is that title, as a
 * {@code # } heading, does not show it again. Blocks before it that are not headings (a margin note,
 * a target line, an index entry, as Jupyter Book pages often open) do not keep it: Jupyter Book
 * takes that first heading as the page's title wherever it stands.
 */
final class TitleHeading {

	private TitleHeading() {
	}

	static void drop(Node document, String title) {
		Node block = document.getFirstChild();
		while (block != null && !(block instanceof Heading)) {
			block = block.getNext();
		}
		if (block instanceof Heading heading && heading.getLevel() == 1
				&& HeadingAnchors.textOf(heading).strip().equalsIgnoreCase(title.strip())) {
			heading.unlink();
		}
	}
}
