package io.lectern.quiz;

import java.time.Instant;
import java.util.List;

/**
 * The questions a learner should answer again, kept by another module (progress schedules them
 * with spaced review). The quiz module's review session asks it what is due, grades the answers
 * with the quiz grader, and reports each one back; no quiz grade ever changes.
 */
public interface ReviewQueue {

	/** A question due for review. */
	record Due(String quizId, String questionId, Instant dueAt) {
	}

	/** The questions due at {@code now}, longest overdue first. */
	List<Due> due(String learner, Instant now);

	/** Records a graded review answer: it moves the question along the schedule and counts towards mastery. */
	void answered(String learner, String quizId, String questionId, List<String> topics, double fraction, Instant at);
}
