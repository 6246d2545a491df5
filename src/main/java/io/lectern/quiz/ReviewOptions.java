package io.lectern.quiz;

/**
 * What a learner sees after submitting an attempt.
 *
 * @param rightOrWrong whether each question is marked right, partly right or wrong
 * @param correctAnswers when the correct answers are shown
 */
public record ReviewOptions(boolean score, boolean rightOrWrong, boolean feedback, boolean explanations,
		CorrectAnswers correctAnswers) {

	/** Everything shown, correct answers at once: the default for practice quizzes. */
	public static final ReviewOptions ALL = new ReviewOptions(true, true, true, true, CorrectAnswers.IMMEDIATELY);

	public enum CorrectAnswers {
		IMMEDIATELY, AFTER_LAST_ATTEMPT, AFTER_PASSING, NEVER
	}
}
