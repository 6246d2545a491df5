package io.lectern.content.internal.render;

import org.commonmark.node.Node;

/**
 * The line of the lesson a node is written on, for problem reports. A node a directive built (a
 * card's link, a figure's picture) or a group gave out (a subequation) has no source of its own: it
 * is where the nearest node that has one is, not at the top of the lesson.
 */
public final class LessonLine {

	private LessonLine() {
	}

	/** @param bodyLine the line of the lesson the parsed text starts on */
	public static int of(Node node, int bodyLine) {
		Node placed = node;
		while (placed != null && placed.getSourceSpans().isEmpty()) {
			placed = placed.getParent();
		}
		return placed == null ? bodyLine : bodyLine + placed.getSourceSpans().get(0).getLineIndex();
	}
}
