package io.lectern.quiz.grading;

import io.lectern.authoring.WordedRefusal;

/**
 * A question its author defined so that it cannot be graded, as a content problem words it: the key
 * of a sentence in the {@code content-problems} messages and what fills it in, so the problems page
 * says it in the reader's language. Its own message is that sentence in English, for code and logs.
 */
public final class UnfitQuestion extends WordedRefusal {

	UnfitQuestion(String key, Object... arguments) {
		super(key, arguments);
	}
}
