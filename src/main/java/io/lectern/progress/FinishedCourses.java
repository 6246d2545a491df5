package io.lectern.progress;

import io.lectern.authoring.CourseSlug;
import java.util.List;

/**
 * Who has finished a course, and when: the same facts {@link CourseCompleted} announced one at a
 * time, for a module that must look back over them (certificates, when a course starts to award one).
 */
public interface FinishedCourses {

	/** Every learner who completed the course, with the moment they first did. */
	List<CourseCompleted> of(CourseSlug course);
}
