package io.lectern.content;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import java.util.Set;

/**
 * A reader's own panel about a course (their progress, where to resume), offered by another module
 * and shown on the course page and beside the course in the catalog. Guests get none.
 */
public interface CoursePanel {

	Optional<String> forReader(Course course, HttpServletRequest request);

	/** The sources of the course's lessons this reader completed, marked in the course outline. */
	default Set<String> completedLessons(Course course, HttpServletRequest request) {
		return Set.of();
	}
}
