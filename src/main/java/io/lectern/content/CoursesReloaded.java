package io.lectern.content;

import io.lectern.authoring.CourseSlug;
import java.util.List;

/**
 * Published once the courses whose files changed were loaded again and swapped into the
 * {@link Catalog}, on the thread that watches the content folder: modules that worked something out
 * from the courses (quizzes, standings) work it out again before the next change is loaded.
 *
 * @param courseSlugs the courses loaded again, added or removed, old slugs as well as new ones
 */
public record CoursesReloaded(List<CourseSlug> courseSlugs) {

	public CoursesReloaded {
		courseSlugs = List.copyOf(courseSlugs);
	}
}
