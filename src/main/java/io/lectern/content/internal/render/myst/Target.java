package io.lectern.content.internal.render.myst;

import io.lectern.content.internal.render.Labelled;

/**
 * Something a lesson lets references point at: a labelled heading, figure, equation or block.
 *
 * @param label the label in the form references are matched in ({@link Labels#normalize})
 * @param anchor the id of the element in the lesson's HTML
 * @param number its number as the lesson writes it ({@code 3}, {@code 2.1}), empty when it has none
 * @param template what a reference with no text of its own shows when the target is numbered,
 *     {@code %s} standing for the number: "Figure %s", "(%s)", or the page's own
 * @param title what a reference shows when it has no text and no number: a heading's text, a caption
 * @param line the line of the lesson file the label is written on
 * @param subEnumerator what mystmd's {@code {subEnumerator}} stands for: a subfigure's letter
 *     ({@code a} of Figure 1a), else the number itself
 * @param refShowsTitle whether {@code {ref}} shows a numbered section's title, as Sphinx does, rather
 *     than its number, as mystmd does ("Section 2.1")
 */
public record Target(String label, String anchor, Labelled.Kind kind, String number, String template, String title,
		int line, String subEnumerator, boolean refShowsTitle) {

	/** A target whose {@code {subEnumerator}} is its number. */
	public Target(String label, String anchor, Labelled.Kind kind, String number, String template, String title, int line) {
		this(label, anchor, kind, number, template, title, line, number, false);
	}

	/** What a reference with no text of its own shows, as mystmd fills it in: "Figure 3", "(2)", a title. */
	public String text() {
		if (!number.isEmpty()) {
			return filled(template).strip();
		}
		return title.isBlank() ? label : title;
	}

	/** {@link #filled} for a reference's text that is HTML already: the number goes in escaped. */
	String filledInHtml(String html) {
		return new Target(label, anchor, kind, ReferenceTexts.escape(number), template, title, line,
				ReferenceTexts.escape(subEnumerator), refShowsTitle).filled(html);
	}

	/** A template or a reference's text with the number in it: {@code %s}, {@code {number}}, {@code {subEnumerator}}. */
	String filled(String text) {
		String shown = number.isEmpty() ? "??" : number;
		String sub = subEnumerator.isEmpty() ? shown : subEnumerator;
		return NumberingSettings.fill(text, shown).replace("{subEnumerator}", sub);
	}
}
