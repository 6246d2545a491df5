package io.lectern.content.internal.render.myst;

import io.lectern.content.internal.render.Labelled;

/**
 * One picture of a mystmd figure made of several (a {@code figure} with no argument and images in
 * its body): numbered after its figure, {@code 1a}, {@code 1b}, and named by the figure's label
 * with its letter ({@code my-figure-a}) unless a {@code (label)=} line names it too.
 */
final class Subfigure extends LabelledElement {

	final LabelledElement figure;
	final String letter;

	Subfigure(LabelledElement figure, String letter, String caption) {
		super("figure", "subfigure", Labelled.Kind.SUBFIGURE,
				figure.label().map(label -> label + "-" + letter).orElse(""), true, caption);
		this.figure = figure;
		this.letter = letter;
	}

	/** The letter for the subfigure at {@code index} (0 for a), as mystmd writes them; past z it starts again. */
	static String letter(int index) {
		return String.valueOf((char) ('a' + index % 26));
	}
}
