package io.lectern.progress.internal.review;

import io.lectern.accounts.LearnerId;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;

/** A question in a learner's review queue, with its place in the spaced-review schedule. */
@Entity
@Table(name = "review_card")
@IdClass(ReviewItem.Key.class)
public class ReviewItem {

	public record Key(LearnerId learner, String quizId, String questionId) implements Serializable {
	}

	@Id
	private LearnerId learner;

	@Id
	private String quizId;

	@Id
	private String questionId;

	private int repetitions;

	private double ease;

	private int intervalDays;

	private Instant dueAt;

	private boolean retired;

	@Version
	private int version;

	protected ReviewItem() {
	}

	ReviewItem(LearnerId learner, String quizId, String questionId, ReviewCard card) {
		this.learner = learner;
		this.quizId = quizId;
		this.questionId = questionId;
		schedule(card);
	}

	public String quizId() {
		return quizId;
	}

	public String questionId() {
		return questionId;
	}

	public Instant dueAt() {
		return dueAt;
	}

	public boolean retired() {
		return retired;
	}

	public ReviewCard card() {
		return new ReviewCard(repetitions, ease, intervalDays, dueAt);
	}

	/** Moves the question along the schedule after an answer given in a review. */
	void answered(double fraction, Instant at) {
		schedule(card().after(fraction, at));
	}

	/** A question missed again in a quiz starts over, even one that had left the queue. */
	void missedAgain(Instant at) {
		schedule(ReviewCard.firstMiss(at));
	}

	private void schedule(ReviewCard card) {
		this.repetitions = card.repetitions();
		this.ease = card.ease();
		this.intervalDays = card.intervalDays();
		this.dueAt = card.due();
		this.retired = card.retired();
	}
}
