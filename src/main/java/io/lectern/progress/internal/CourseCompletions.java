package io.lectern.progress.internal;

import io.lectern.content.Course;
import io.lectern.progress.LessonCompleted;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;

/** Notices when a learner has done everything in a course, and keeps the date. */
@Service
class CourseCompletions {

	private final CourseQuizzes courses;
	private final CompletionRepository completions;
	private final ScoreRepository scores;
	private final CourseCompletionRepository done;
	private final EntityManager entities;
	private final OwnTransaction ownTransaction;

	CourseCompletions(CourseQuizzes courses, CompletionRepository completions, ScoreRepository scores,
			CourseCompletionRepository done, EntityManager entities, OwnTransaction ownTransaction) {
		this.ownTransaction = ownTransaction;
		this.courses = courses;
		this.completions = completions;
		this.scores = scores;
		this.done = done;
		this.entities = entities;
	}

	@ApplicationModuleListener
	void on(LessonCompleted completed) {
		courses.course(completed.courseSlug()).ifPresent(course -> check(completed.learner(), course, completed.completedAt()));
	}

	/** Records the course as complete at {@code at} if every step is done and it was not complete before. */
	void check(String learner, Course course, Instant at) {
		if (done.existsById(new CourseCompletion.Key(learner, course.slug()))) {
			return;
		}
		Map<String, Instant> lessons = completions.findByLearner(learner)
			.stream()
			.filter(completion -> completion.courseSlug().equals(course.slug()))
			.collect(Collectors.toMap(LessonCompletion::lessonSource, LessonCompletion::completedAt));
		Set<String> passed = Set.copyOf(scores.quizzesPassedBy(learner));
		if (CourseProgress.of(course, courses.of(course), lessons, passed, Optional.empty(), Optional.empty()).complete()) {
			// The last lesson and the last quiz, completed at once, may both get here.
			ownTransaction.once(() -> {
				entities.persist(new CourseCompletion(learner, course.slug(), at));
				entities.flush();
				return true;
			});
		}
	}
}
