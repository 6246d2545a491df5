package io.lectern.content.internal.render.myst;

import io.lectern.content.internal.render.ContentWords;
import io.lectern.content.internal.render.Labelled;
import java.util.Optional;

/**
 * A solution, folded under its title. Its {@code :label:} is a target, as in sphinx-exercise and
 * mystmd: a reference to it with no text of its own reads as its title, "Solution to Exercise 2".
 */
final class Solution extends Element implements Labelled {

	private final String label;
	private final LabelledElement exercise;
	private final ContentWords words;
	private String anchor = "";

	/** @param exercise the exercise it answers; null when its argument names none */
	Solution(String label, LabelledElement exercise, ContentWords words) {
		super("details", "solution");
		this.label = label.strip();
		this.exercise = exercise;
		this.words = words;
	}

	@Override
	public Optional<String> label() {
		return label.isEmpty() ? Optional.empty() : Optional.of(label);
	}

	@Override
	public Kind kind() {
		return Kind.OTHER;
	}

	@Override
	public boolean numbered() {
		return false;
	}

	/** Asked once the lesson is numbered, so the exercise before it has its number. */
	@Override
	public String title() {
		return exercise == null ? words.word("solution")
				: words.word("solution.to", ExerciseReference.name(exercise, words));
	}

	@Override
	public void assign(String anchor, String number) {
		this.anchor = anchor == null ? "" : anchor;
	}

	@Override
	public String anchor() {
		return anchor;
	}

	@Override
	public String number() {
		return "";
	}
}
