package io.lectern.progress.internal.mastery;

import java.time.Instant;
import java.util.Objects;

/**
 * One graded answer to a question of a topic, as mastery sees it.
 *
 * @param fraction share of the question's points earned, within [0, 1]
 */
public record GradedAnswer(String questionId, double fraction, Instant answeredAt) {

	public GradedAnswer {
		Objects.requireNonNull(questionId, "questionId");
		Objects.requireNonNull(answeredAt, "answeredAt");
		if (Double.isNaN(fraction) || fraction < 0 || fraction > 1) {
			throw new IllegalArgumentException("A fraction lies within [0, 1], not " + fraction);
		}
	}
}
