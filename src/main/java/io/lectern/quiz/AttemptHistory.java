package io.lectern.quiz;

import io.lectern.accounts.LearnerId;
import io.lectern.authoring.QuizId;
import io.lectern.quiz.grading.Response;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A learner's own attempts, with their answers, for the "download my data" file; and the results of
 * a quiz's submitted attempts, for rules that look back over them (a certificate a course starts
 * to award).
 */
public interface AttemptHistory {

	/** A submitted attempt's result: no answers, only what a rule about results reads. */
	record Result(LearnerId learner, QuizId quizId, double percent, boolean passed, Instant gradedAt) {
	}

	/**
	 * @param answers each answered question's response, by question id
	 * @param fractions each graded question's fraction of its points, once submitted
	 */
	record AttemptRecord(QuizId quizId, int attempt, String state, Instant startedAt, Optional<Instant> gradedAt,
			Optional<Double> percent, boolean passed, List<String> questions, Map<String, Response> answers,
			Map<String, Double> fractions) {
	}

	List<AttemptRecord> attemptsOf(LearnerId learner);

	/** The result of every submitted attempt at the quiz, every learner's. */
	List<Result> resultsAt(QuizId quizId);
}
