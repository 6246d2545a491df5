package io.lectern.progress.internal.standing;

import io.lectern.accounts.LearnerId;
import io.lectern.progress.internal.LearnerTally;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;

/**
 * A learner's figures in one course, as the cohort report shows them: worked out from their
 * completions, visit and scores whenever one of those changes, so the report only reads and sorts.
 * The version makes two transactions that work it out at once for the same learner clash, so the
 * later one runs again and sees what the first one wrote.
 */
@Entity
@Table(name = "course_standing")
@IdClass(CourseStanding.Key.class)
public class CourseStanding {

	public record Key(LearnerId learner, String courseSlug) implements Serializable {
	}

	@Id
	private LearnerId learner;

	@Id
	private String courseSlug;

	private int lessonsCompleted;

	private int quizzesPassed;

	private int stepsDone;

	private Instant lastActive;

	@Version
	private int version;

	protected CourseStanding() {
	}

	CourseStanding(LearnerId learner, String courseSlug) {
		this.learner = learner;
		this.courseSlug = courseSlug;
	}

	/** Forgets the figures, to add them up again. */
	void clear() {
		lessonsCompleted = 0;
		quizzesPassed = 0;
		stepsDone = 0;
		lastActive = null;
	}

	void visited(Instant at) {
		activeAt(at);
	}

	/** Adds the learner's tally of completed lessons of the course. */
	void completed(LearnerTally lessons) {
		lessonsCompleted = (int) lessons.count();
		stepsDone = lessonsCompleted + quizzesPassed;
		activeAt(lessons.latest());
	}

	/** Adds the learner's tally of the course's quizzes: how many passed, and the latest attempt. */
	void graded(LearnerTally quizzes) {
		quizzesPassed = (int) quizzes.count();
		stepsDone = lessonsCompleted + quizzesPassed;
		activeAt(quizzes.latest());
	}

	/** Moves the last active time on to {@code at}, unless it is later already. */
	void activeAt(Instant at) {
		if (at != null && (lastActive == null || at.isAfter(lastActive))) {
			lastActive = at;
		}
	}

	/** Whether any of the learner's rows counts in the course: otherwise they have no standing there. */
	boolean started() {
		return lastActive != null;
	}

	public LearnerId learner() {
		return learner;
	}

	public int lessonsCompleted() {
		return lessonsCompleted;
	}

	public int quizzesPassed() {
		return quizzesPassed;
	}

	public int stepsDone() {
		return stepsDone;
	}

	public Instant lastActive() {
		return lastActive;
	}
}
