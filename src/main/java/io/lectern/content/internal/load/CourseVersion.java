package io.lectern.content.internal.load;

import java.util.List;

/**
 * The version a certificate names: the first 12 hex digits of a SHA-256 over the course's title
 * and each lesson's path, title and source text in reading order. The same files give the same
 * version on every start and every instance; editing a lesson gives another.
 */
final class CourseVersion {

	private CourseVersion() {
	}

	static String of(CoursePlan plan, List<LessonSource> lessons) {
		ContentDigest digest = ContentDigest.start().add(plan.title());
		for (LessonSource lesson : lessons) {
			digest.add(lesson.path()).add(lesson.title()).add(lesson.body());
		}
		return digest.hex().substring(0, 12);
	}
}
