package io.lectern.quiz;

import io.lectern.accounts.LearnerId;
import io.lectern.authoring.QuizId;
import java.time.Instant;
import java.util.List;

/**
 * Published once for every submitted attempt, in the transaction that stores it, after its
 * {@link GradedAttemptRecorder}s (the progress module's scores, mastery per topic and the questions
 * to review) have recorded it there: for listeners such as certificates and the metrics.
 *
 * @param attemptId the attempt's public id
 * @param percent the attempt's score as a percentage of the points available
 * @param questions each question of the attempt with the fraction of its points earned, in the order shown
 */
public record QuizAttemptGraded(String attemptId, QuizId quizId, LearnerId learner, int attemptNumber, double percent,
		boolean passed, Instant gradedAt, List<QuestionGraded> questions) {

	public QuizAttemptGraded {
		questions = List.copyOf(questions);
	}

	/** One question's grade in an attempt, with the topics it tests. */
	public record QuestionGraded(String questionId, double fraction, List<String> topics) {

		public QuestionGraded {
			topics = List.copyOf(topics);
		}
	}
}
