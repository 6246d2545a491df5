package io.lectern.quiz.grading;

/**
 * A question definition that grades responses. Implementations are immutable and thread-safe.
 */
public sealed interface Question permits SingleChoice, MultipleResponse, ShortAnswer, NumericAnswer, Matching, Ordering {

	QuestionInfo info();

	/**
	 * Grades a response. A response of the wrong kind or with unknown ids earns nothing for the
	 * unknown part; it never fails.
	 */
	Grade grade(Response response);

	/** The rule a learner is told before answering, e.g. how partial credit works. Empty if none. */
	default String creditRule() {
		return "";
	}
}
