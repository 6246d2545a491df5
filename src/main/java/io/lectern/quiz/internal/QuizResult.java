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
	 * @param percents the scores of the submitted attempts, first to last
	 * @return the percentage that counts, or empty before any attempt is submitted
	 */
	static Optional<Double> percent(Quiz.GradingMethod method, List<Double> percents) {
		if (percents.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(switch (method) {
			case HIGHEST -> percents.stream().max(Comparator.naturalOrder()).orElseThrow();
			case LATEST -> percents.get(percents.size() - 1);
			case FIRST -> percents.get(0);
			case AVERAGE -> percents.stream().collect(Collectors.averagingDouble(Double::doubleValue));
		});
	}
}
