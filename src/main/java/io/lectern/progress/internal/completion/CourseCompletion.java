package io.lectern.progress.internal.completion;

import io.lectern.accounts.LearnerId;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/**
 * The moment a learner first had everything in a course done. Kept, so the date stays the same
 * even if the course later grows a lesson.
 */
@Entity
@Table(name = "course_completion")
@IdClass(CourseCompletion.Key.class)
public class CourseCompletion {

	public record Key(LearnerId learner, String courseSlug) implements Serializable {
	}

	@Id
	private LearnerId learner;

	@Id
	private String courseSlug;

	private Instant completedAt;

	protected CourseCompletion() {
	}

	CourseCompletion(LearnerId learner, String courseSlug, Instant completedAt) {
		this.learner = learner;
		this.courseSlug = courseSlug;
		this.completedAt = completedAt;
	}

	LearnerId learner() {
		return learner;
	}

	public String courseSlug() {
		return courseSlug;
	}

	public Instant completedAt() {
		return completedAt;
	}
}
