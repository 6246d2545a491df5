package io.lectern.quiz;

import java.time.Instant;
import java.util.Map;

/**
 * Published once for every submitted attempt, after it is stored: the progress module listens to
 * record scores and mastery per topic.
 *
 * @param attemptId the attempt's public id
 * @param percent the attempt's score as a percentage of the points available
 * @param topicFractions for each topic of the attempt's questions, the share of its points earned
 */
public record QuizAttemptGraded(String attemptId, String quizId, String learner, int attemptNumber, double percent,
		boolean passed, Instant gradedAt, Map<String, Double> topicFractions) {

	public QuizAttemptGraded {
		topicFractions = Map.copyOf(topicFractions);
	}
}
