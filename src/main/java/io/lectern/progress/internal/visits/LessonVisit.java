package io.lectern.progress.internal.visits;

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

	public record Key(String learner, String courseSlug) implements Serializable {
	}

	@Id
	private String learner;

	@Id
	private String courseSlug;

	private String lessonSource;

	private Instant visitedAt;

	protected LessonVisit() {
	}

	public LessonVisit(String learner, String courseSlug, String lessonSource, Instant visitedAt) {
		this.learner = learner;
		this.courseSlug = courseSlug;
		this.lessonSource = lessonSource;
		this.visitedAt = visitedAt;
	}

	void moveTo(String lessonSource, Instant visitedAt) {
		this.lessonSource = lessonSource;
		this.visitedAt = visitedAt;
	}

	public String learner() {
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
