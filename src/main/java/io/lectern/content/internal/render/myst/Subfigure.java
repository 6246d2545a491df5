package io.lectern.content.internal.render.myst;

import io.lectern.content.internal.render.Labelled;
import java.util.Optional;

/**
 * One picture of a mystmd figure made of several (a {@code figure} with no argument and images or
 * figures in its body): numbered after its figure, {@code 1a}, {@code 1b}, and named by its own
 * label when it has one (a nested figure's {@code :label:}), else by the figure's label with its
 * letter ({@code my-figure-a}), which a {@code (label)=} line before a picture may add to.
 */
final class Subfigure extends LabelledElement {

	final LabelledElement figure;
	final String letter;

	Subfigure(LabelledElement figure, String letter, String caption, Optional<String> label) {
		super("figure", "subfigure", Labelled.Kind.SUBFIGURE,
				label.or(() -> figure.label().map(figureLabel -> figureLabel + "-" + letter)).orElse(""), true, caption);
		this.figure = figure;
		this.letter = letter;
	}

	/** The letter for the subfigure at {@code index} (0 for a), as mystmd writes them; past z it starts again. */
	static String letter(int index) {
		return String.valueOf((char) ('a' + index % 26));
	}
}
