package io.lectern.quiz.internal;

import io.lectern.quiz.Quiz;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** A learner's result for a quiz: the quiz's grading method applied across their submitted attempts. */
final class QuizResult {

	private QuizResult() {
	}

	/**
	 * @param attempts submitted attempts, first to last
	 * @return the percentage that counts, or empty before any attempt is submitted
	 */
	static Optional<Double> percent(Quiz.GradingMethod method, List<GradedAttempt> attempts) {
		if (attempts.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(switch (method) {
			case HIGHEST -> attempts.stream().map(GradedAttempt::percent).max(Comparator.naturalOrder()).orElseThrow();
			case LATEST -> attempts.get(attempts.size() - 1).percent();
			case FIRST -> attempts.get(0).percent();
			case AVERAGE -> attempts.stream().collect(Collectors.averagingDouble(GradedAttempt::percent));
		});
	}
}
