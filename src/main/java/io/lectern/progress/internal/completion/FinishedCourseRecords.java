package io.lectern.progress.internal.completion;

import io.lectern.accounts.LearnerId;
import io.lectern.authoring.CourseSlug;
import io.lectern.progress.CourseCompleted;
import io.lectern.progress.FinishedCourses;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The kept completion dates of a course, as the finished-courses API gives them out. */
@Component
class FinishedCourseRecords implements FinishedCourses {

	private final CourseCompletionRepository done;

	FinishedCourseRecords(CourseCompletionRepository done) {
		this.done = done;
	}

	@Override
	@Transactional(readOnly = true)
	public List<CourseCompleted> of(CourseSlug course) {
		return done.findByCourseSlug(course.value())
			.stream()
			.map(completion -> new CourseCompleted(completion.learner(), CourseSlug.of(completion.courseSlug()), completion.completedAt()))
			.toList();
	}
}
