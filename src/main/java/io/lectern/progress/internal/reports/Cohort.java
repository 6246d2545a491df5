package io.lectern.progress.internal.reports;

import io.lectern.content.Course;
import io.lectern.quiz.Quiz;
import java.util.List;

/**
 * A page of a course's cohort: the learners with any progress in it, in the order asked for.
 *
 * @param quizzes the quizzes that count towards the course, one best-score column each
 * @param page the page shown, from 1; {@code pages} is at least 1, even for no learners
 * @param learners how many learners the whole cohort has
 */
public record Cohort(Course course, List<Quiz> quizzes, CohortOrder order, List<CohortRow> rows, int page, int pages,
		int learners) {

	public Cohort {
		quizzes = List.copyOf(quizzes);
		rows = List.copyOf(rows);
	}

	/** The number of the page's first learner in the whole cohort, from 1. */
	public int from() {
		return (page - 1) * Cohorts.PAGE_SIZE + 1;
	}

	public int to() {
		return from() + rows.size() - 1;
	}

	public boolean hasPrevious() {
		return page > 1;
	}

	public boolean hasNext() {
		return page < pages;
	}
}
