package io.lectern.content.internal.render;

import io.lectern.content.internal.render.myst.LabelLine;
import io.lectern.content.internal.render.myst.MystExtension;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.Node;

/**
 * The page shows a lesson's title above its body, so a body that opens with that title, as a
 * {@code # } heading, does not show it again. What stands aside before it (a margin note, a target
 * line, a comment, raw HTML such as QuantEcon's notebook header, as Jupyter Book pages often open;
 * an index entry shows nothing at all) does not keep it, as Sphinx takes a page's first section for
 * its title whatever comes before; text before it does, as it is then no longer the page's opening. A target line before it
 * then names the page, not the section after it.
 */
final class TitleHeading {

	private TitleHeading() {
	}

	/** @param pageNumber the number the page takes from its place in the course, empty for none */
	static void drop(Node document, String title, String pageNumber) {
		List<LabelLine> labels = new ArrayList<>();
		Node block = document.getFirstChild();
		while (block != null && (MystExtension.standsAside(block) || block instanceof HtmlBlock)) {
			if (block instanceof LabelLine label) {
				labels.add(label);
			}
			block = block.getNext();
		}
		if (block instanceof Heading heading && heading.getLevel() == 1
				&& HeadingText.textOf(heading).strip().equalsIgnoreCase(title.strip())) {
			heading.unlink();
			labels.forEach(label -> label.namesThePage(title, pageNumber));
		}
	}
}
