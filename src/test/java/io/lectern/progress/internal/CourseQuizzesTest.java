package io.lectern.progress.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.lectern.authoring.CourseSlug;
import io.lectern.content.Catalog;
import io.lectern.content.Course;
import io.lectern.quiz.Quiz;
import io.lectern.web.PortalTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A course's quizzes come in course order: each after the last lesson it covers. */
class CourseQuizzesTest extends PortalTest {

	@Autowired
	Catalog catalog;

	@Autowired
	CourseQuizzes quizzes;

	@Test
	void theBundledCoursesQuizzesFollowItsLessonsWithTheFinalExamLast() {
		Course course = catalog.course(CourseSlug.of("aws-data-security")).orElseThrow();

		List<String> ids = quizzes.of(course).stream().map(quiz -> quiz.id().value()).toList();

		assertThat(ids).hasSize(8).startsWith("shared-responsibility-check", "encryption-and-keys-check")
			.endsWith("service-roles-check", "final-exam");
	}
}
