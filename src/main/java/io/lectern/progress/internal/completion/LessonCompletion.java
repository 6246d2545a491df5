package io.lectern.progress.internal.completion;

import io.lectern.accounts.LearnerId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** A lesson a learner has completed; there is at most one per learner and lesson. */
@Entity
@Table(name = "lesson_completion")
@IdClass(LessonCompletion.Key.class)
public class LessonCompletion {

	/** Who completed it: the learner with the button, or passing the lesson's quiz. */
	public enum By {
		LEARNER, QUIZ
	}

	public record Key(LearnerId learner, String courseSlug, String lessonSource) implements Serializable {
	}

	@Id
	private LearnerId learner;

	@Id
	private String courseSlug;

	@Id
	private String lessonSource;

	private Instant completedAt;

	@Enumerated(EnumType.STRING)
	private By completedBy;

	protected LessonCompletion() {
	}

	public LessonCompletion(LearnerId learner, String courseSlug, String lessonSource, Instant completedAt, By completedBy) {
		this.learner = learner;
		this.courseSlug = courseSlug;
		this.lessonSource = lessonSource;
		this.completedAt = completedAt;
		this.completedBy = completedBy;
	}

	public String courseSlug() {
		return courseSlug;
	}

	public String lessonSource() {
		return lessonSource;
	}

	public Instant completedAt() {
		return completedAt;
	}

	public By completedBy() {
		return completedBy;
	}
}
