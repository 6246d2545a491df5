package io.lectern.quiz.grading;

import java.util.List;

/**
 * The outcome of grading one response.
 *
 * @param fraction share of the question's points earned, always within [0, 1]
 * @param feedback what the author wrote for the choices or answer the learner gave
 * @param working how the fraction was computed, in English words a learner can check; the JSON API
 *        and logs keep this wording
 * @param reason the same as a message of the interface, for pages in the reader's language
 */
public record Grade(double fraction, List<String> feedback, String working, Reason reason) {

	public Grade {
		if (Double.isNaN(fraction) || fraction < 0 || fraction > 1) {
			throw new IllegalArgumentException("A fraction lies within [0, 1], not " + fraction);
		}
		feedback = List.copyOf(feedback);
	}

	public boolean correct() {
		return fraction == 1;
	}

	public double points(QuestionInfo info) {
		return fraction * info.points();
	}

	static Grade of(double fraction, List<String> feedback, String working, Reason reason) {
		return new Grade(Math.max(0, Math.min(1, fraction)), feedback.stream().filter(text -> !text.isBlank()).toList(),
				working, reason);
	}
}
