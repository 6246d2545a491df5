package io.lectern.progress;

import io.lectern.accounts.LearnerId;
import io.lectern.authoring.CourseSlug;
import java.time.Instant;

/**
 * Published when a learner completes a lesson for the first time, by marking it complete or by
 * passing its quiz; the learner's standing in the course follows from it, and with it whether the
 * whole course is now complete.
 *
 * @param lessonSource the lesson's source file, relative to the content folder
 * @param byQuiz whether passing the lesson's quiz completed it, rather than the learner's button
 */
public record LessonCompleted(LearnerId learner, CourseSlug courseSlug, String lessonSource, Instant completedAt,
		boolean byQuiz) {
}
