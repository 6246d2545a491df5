package io.lectern.progress.internal.visits;

import io.lectern.accounts.LearnerId;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** The lesson a learner read last in a course, offered as "Resume". */
@Entity
@Table(name = "lesson_visit")
@IdClass(LessonVisit.Key.class)
public class LessonVisit {

	public record Key(LearnerId learner, String courseSlug) implements Serializable {
	}

	@Id
	private LearnerId learner;

	@Id
	private String courseSlug;

	private String lessonSource;

	private Instant visitedAt;

	protected LessonVisit() {
	}

	public LessonVisit(LearnerId learner, String courseSlug, String lessonSource, Instant visitedAt) {
		this.learner = learner;
		this.courseSlug = courseSlug;
		this.lessonSource = lessonSource;
		this.visitedAt = visitedAt;
	}

	void moveTo(String lessonSource, Instant visitedAt) {
		this.lessonSource = lessonSource;
		this.visitedAt = visitedAt;
	}

	public LearnerId learner() {
		return learner;
	}

	public String courseSlug() {
		return courseSlug;
	}

	public String lessonSource() {
		return lessonSource;
	}

	public Instant visitedAt() {
		return visitedAt;
	}
}
