package io.lectern.content;

import static org.assertj.core.api.Assertions.assertThat;

import io.lectern.authoring.CourseSlug;
import io.lectern.authoring.LessonSlug;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A MyST page's front matter, as the catalog ends up with it. */
class MystPagesTest {

	@TempDir
	Path dir;

	@Test
	void aBodyOpeningWithTheFrontMatterTitleDoesNotShowItTwice() {
		Catalog catalog = new ContentFolder(dir).file("notes/roles.md", """
				---
				title: Assuming roles
				short_title: Roles
				description: Short-lived credentials.
				tags: [iam]
				---
				# Assuming roles

				A role hands out credentials.
				""").catalog();

		Lesson lesson = catalog.lesson(CourseSlug.of("notes"), LessonSlug.of("roles")).orElseThrow();
		assertThat(lesson.html()).doesNotContain("<h1").contains("<p>A role hands out credentials.</p>");
		assertThat(lesson.navigationTitle()).isEqualTo("Roles");
		assertThat(lesson.summary()).isEqualTo("Short-lived credentials.");
		assertThat(lesson.topics()).containsExactly("iam");
	}
}
