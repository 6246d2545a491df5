package io.lectern.progress.internal.reports;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * One learner of a cohort and how far they are in the course.
 *
 * @param name the learner's display name; empty when their account is gone
 * @param percent steps done over all steps, as {@link CourseProgress#percent()} counts them
 * @param bestScores the learner's best score at each quiz of the course they attempted, by quiz id
 * @param lastActive the latest of their last visit, last completion and last graded attempt
 */
public record CohortRow(String learnerId, Optional<String> name, int percent, int lessonsCompleted, int quizzesPassed,
		Map<String, Score> bestScores, Instant lastActive) {

	public CohortRow {
		bestScores = Map.copyOf(bestScores);
	}

	/** A best score in percent, and whether the learner passed the quiz. */
	public record Score(double percent, boolean passed) {
	}

	public Optional<Score> best(String quizId) {
		return Optional.ofNullable(bestScores.get(quizId));
	}
}
