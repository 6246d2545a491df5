package io.lectern.progress.internal.chart;

import java.time.Instant;
import java.util.Objects;

/**
 * One graded quiz attempt, as the score chart plots it.
 *
 * @param percent the attempt's score, from 0 to 100
 */
public record ScorePoint(String quizTitle, Instant gradedAt, double percent, boolean passed) {

	public ScorePoint {
		Objects.requireNonNull(quizTitle, "quizTitle");
		Objects.requireNonNull(gradedAt, "gradedAt");
		if (Double.isNaN(percent) || percent < 0 || percent > 100) {
			throw new IllegalArgumentException("A percent lies within [0, 100], not " + percent);
		}
	}
}
