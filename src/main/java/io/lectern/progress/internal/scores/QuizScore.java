package io.lectern.progress.internal.scores;

import io.lectern.accounts.LearnerId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A graded attempt as progress keeps it: one row per attempt, so a repeated event changes nothing. */
@Entity
@Table(name = "quiz_score")
public class QuizScore {

	@Id
	private String attemptId;

	private LearnerId learner;

	private String quizId;

	@Column(name = "attempt_number")
	private int number;

	private double percent;

	private boolean passed;

	private Instant gradedAt;

	protected QuizScore() {
	}

	public QuizScore(String attemptId, LearnerId learner, String quizId, int number, double percent, boolean passed,
			Instant gradedAt) {
		this.attemptId = attemptId;
		this.learner = learner;
		this.quizId = quizId;
		this.number = number;
		this.percent = percent;
		this.passed = passed;
		this.gradedAt = gradedAt;
	}

	public LearnerId learner() {
		return learner;
	}

	public String quizId() {
		return quizId;
	}

	public int number() {
		return number;
	}

	public double percent() {
		return percent;
	}

	public boolean passed() {
		return passed;
	}

	public Instant gradedAt() {
		return gradedAt;
	}
}
