package io.lectern.content.internal.render.myst;

import io.lectern.content.internal.render.ContentWords;
import io.lectern.content.internal.render.Labelled;
import org.commonmark.node.CustomNode;

/**
 * The number a block shows of itself: "Figure 3: " before a caption, "(2)" beside an equation,
 * "Exercise 1" as a title. It is only known once the numbering pass has run, so the node reads it
 * from its block when the HTML is written.
 */
final class CaptionNumber extends CustomNode {

	enum Style {
		/** "Figure 3: ", or nothing for a block without a number. */
		CAPTION,
		/** "Exercise 3", or "Exercise" for one that is not numbered. */
		TITLE,
		/** "(a) " before a subfigure's own caption, or nothing when it is not numbered. */
		LETTER
	}

	final Labelled block;
	final Style style;
	final ContentWords words;

	CaptionNumber(Labelled block, Style style, ContentWords words) {
		this.block = block;
		this.style = style;
		this.words = words;
	}
}
