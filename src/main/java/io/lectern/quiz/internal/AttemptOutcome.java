package io.lectern.quiz.internal;

import io.lectern.quiz.grading.Grade;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.util.Map;

/**
 * What a submitted attempt earned, as it was recorded at submission: the score that counts from then
 * on, whatever the quiz becomes. Absent (null) while the attempt is in progress.
 */
@Embeddable
class AttemptOutcome {

	private Double score;

	private Double maxScore;

	private Boolean passed;

	/** When it counted as submitted: the deadline, for a submit that came too late. */
	private Instant gradedAt;

	private Boolean late;

	protected AttemptOutcome() {
	}

	AttemptOutcome(GradedAttempt result) {
		this.score = result.score();
		this.maxScore = result.maxScore();
		this.passed = result.passed();
		this.gradedAt = result.gradedAt();
		this.late = result.late();
	}

	/** The recorded result, with each question's grade (its feedback and working) as regraded for a review. */
	GradedAttempt with(Map<String, Grade> grades) {
		return new GradedAttempt(grades, score, maxScore, passed, gradedAt, late);
	}

	double percent() {
		return GradedAttempt.percent(score, maxScore);
	}

	boolean passed() {
		return Boolean.TRUE.equals(passed);
	}

	Instant gradedAt() {
		return gradedAt;
	}

	boolean late() {
		return Boolean.TRUE.equals(late);
	}
}
