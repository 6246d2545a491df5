package io.lectern.content.internal.render.myst;

import org.commonmark.node.Heading;
import org.commonmark.node.Node;

/** Gives each section title the level one below the heading it follows, so the page's outline stays whole. */
final class SectionTitles {

	private SectionTitles() {
	}

	static void level(Node document) {
		walk(document, new int[] { 1 });
	}

	private static void walk(Node node, int[] lastHeading) {
		for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
			if (child instanceof Heading heading) {
				lastHeading[0] = heading.getLevel();
			}
			else if (child instanceof SectionTitle title) {
				title.level = Math.min(6, lastHeading[0] + 1);
			}
			else {
				// A heading inside a directive (a tab's, a card's) does not change the level of what follows it.
				walk(child, child instanceof Element ? lastHeading.clone() : lastHeading);
			}
		}
	}
}
