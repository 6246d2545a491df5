package io.lectern.content.internal.render.myst;

import io.lectern.content.internal.render.ContentWords;
import org.commonmark.node.CustomNode;

/** "Exercise 2" in a solution's title, a link to the exercise, written once the exercise has its number. */
final class ExerciseReference extends CustomNode {

	final LabelledElement exercise;
	final ContentWords words;

	ExerciseReference(LabelledElement exercise, ContentWords words) {
		this.exercise = exercise;
		this.words = words;
	}

	/** "Exercise 2", or "Exercise" when it is not numbered, in the course's language. */
	static String name(LabelledElement exercise, ContentWords words) {
		return words.kind(exercise.kind()) + (exercise.number().isEmpty() ? "" : " " + exercise.number());
	}
}
