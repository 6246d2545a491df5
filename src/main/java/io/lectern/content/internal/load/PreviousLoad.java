package io.lectern.content.internal.load;

import io.lectern.authoring.CourseSlug;
import io.lectern.content.Catalog;
import io.lectern.content.Lesson;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The catalog being served, and the files changed since it loaded: what a reload may keep of it. */
record PreviousLoad(Catalog catalog, Set<String> changed) {

	/**
	 * Courses none of whose files changed, when every changed file is in some course: one there is
	 * now, or one served until now whose folder is gone.
	 */
	Set<CoursePlan> unchangedAmong(List<CoursePlan> plans) {
		boolean allInCourses = changed.stream()
			.allMatch(path -> plans.stream().anyMatch(plan -> plan.holds(path)) || inServedLessonFolder(path));
		if (!allInCourses) {
			return Set.of();
		}
		Set<CoursePlan> unchanged = new HashSet<>();
		plans.stream()
			.filter(plan -> catalog.course(CourseSlug.of(plan.slug())).isPresent())
			.filter(plan -> changed.stream().noneMatch(plan::holds))
			.forEach(unchanged::add);
		return unchanged;
	}

	private boolean inServedLessonFolder(String path) {
		int slash = path.lastIndexOf('/');
		if (slash <= 0) {
			return false;
		}
		String folder = path.substring(0, slash + 1);
		return catalog.courses().stream()
			.flatMap(course -> course.pages().stream())
			.anyMatch(lesson -> lesson.source().startsWith(folder));
	}

	/**
	 * The version served now of each lesson of the plan that has an error and whose file is still
	 * there (a deleted file is not kept alive), by file.
	 */
	Map<String, Lesson> lastGood(CoursePlan plan, Set<String> broken, Set<String> files) {
		Map<String, Lesson> kept = new HashMap<>();
		plan.lessons()
			.stream()
			.map(CoursePlan.Entry::path)
			.filter(path -> broken.contains(path) && files.contains(path))
			.forEach(path -> catalog.lessonFrom(path)
				.filter(lesson -> lesson.courseSlug().value().equals(plan.slug()))
				.ifPresent(lesson -> kept.put(path, lesson)));
		return kept;
	}
}
