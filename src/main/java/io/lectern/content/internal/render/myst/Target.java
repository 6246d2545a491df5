package io.lectern.content.internal.render.myst;

import io.lectern.content.internal.render.Labelled;

/**
 * Something a lesson lets references point at: a labelled heading, figure, equation or block.
 *
 * @param label the label in the form references are matched in ({@link Labels#normalize})
 * @param anchor the id of the element in the lesson's HTML
 * @param number its number among the lesson's blocks of its kind, 0 when it has none
 * @param title what a reference shows when it has no text and no number: a heading's text, a caption
 * @param line the line of the lesson file the label is written on
 */
public record Target(String label, String anchor, Labelled.Kind kind, int number, String title, int line) {

	/** What a reference with no text of its own shows, as mystmd fills it in: "Figure 3", "(2)", a title. */
	public String text() {
		if (number > 0) {
			return kind == Labelled.Kind.EQUATION ? "(" + number + ")" : (kind.word() + " " + number).strip();
		}
		return title.isBlank() ? label : title;
	}
}
