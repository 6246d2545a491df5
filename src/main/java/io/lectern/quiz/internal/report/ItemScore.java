package io.lectern.quiz.internal.report;

import java.util.Objects;
import java.util.Optional;

/**
 * How one attempt did on one question.
 *
 * @param fraction share of the question's points earned, within [0, 1]
 * @param points the most the question can earn
 * @param wrongAnswer the learner's answer in words, when it earned less than full marks and was not
 *        left blank
 */
public record ItemScore(double fraction, double points, Optional<String> wrongAnswer) {

	public ItemScore {
		if (Double.isNaN(fraction) || fraction < 0 || fraction > 1) {
			throw new IllegalArgumentException("A fraction lies within [0, 1], not " + fraction);
		}
		if (!(points > 0)) {
			throw new IllegalArgumentException("A question is worth more than 0 points, not " + points);
		}
		wrongAnswer = Objects.requireNonNull(wrongAnswer, "wrongAnswer").filter(answer -> !answer.isBlank());
		if (fraction == 1 && wrongAnswer.isPresent()) {
			throw new IllegalArgumentException("An answer with full marks is not wrong: " + wrongAnswer.get());
		}
	}

	double earned() {
		return fraction * points;
	}
}
