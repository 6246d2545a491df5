package io.lectern.content;

import static org.assertj.core.api.Assertions.assertThat;

import io.lectern.authoring.CourseSlug;
import io.lectern.authoring.LessonSlug;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogLoadingTest {

	@TempDir
	Path dir;

	@Test
	void courseYamlOrdersLessonsInSectionsAndTitlesTheCourse() {
		Catalog catalog = new ContentFolder(dir)
			.file("security/course.yml", """
					title: Cloud Security
					slug: cloud-security
					summary: Who secures what.
					sections:
					  - title: Foundations
					    lessons:
					      - b-second.md
					      - a-first.md
					  - title: Identity
					    lessons:
					      - iam/c-third.md
					""")
			.lesson("security/a-first.md", "First", "One.")
			.lesson("security/b-second.md", "Second", "Two.")
			.lesson("security/iam/c-third.md", "Third", "Three.")
			.catalog();

		Course course = catalog.course(CourseSlug.of("cloud-security")).orElseThrow();
		assertThat(course.title()).isEqualTo("Cloud Security");
		assertThat(course.summary()).isEqualTo("Who secures what.");
		assertThat(course.sections()).extracting(Section::title).containsExactly("Foundations", "Identity");
		assertThat(course.lessons()).extracting(Lesson::title).containsExactly("Second", "First", "Third");
		Lesson first = catalog.lesson(CourseSlug.of("cloud-security"), LessonSlug.of("a-first")).orElseThrow();
		assertThat(first.url()).isEqualTo("/courses/cloud-security/a-first");
		assertThat(course.previous(first)).map(Lesson::title).contains("Second");
		assertThat(course.next(first)).map(Lesson::title).contains("Third");
		assertThat(course.previous(course.lessons().get(0))).isEmpty();
		assertThat(course.next(course.lessons().get(2))).isEmpty();
	}

	@Test
	void aFolderOfMarkdownWithoutCourseYamlIsACourseInFileNameOrder() {
		Catalog catalog = new ContentFolder(dir)
			.lesson("data_security-notes/02-iam.md", "IAM", "Roles.")
			.lesson("data_security-notes/01-intro.md", "Intro", "Hello.")
			.catalog();

		Course course = catalog.course(CourseSlug.of("data-security-notes")).orElseThrow();
		assertThat(course.title()).isEqualTo("Data security notes");
		assertThat(course.lessons()).extracting(lesson -> lesson.slug().value()).containsExactly("01-intro", "02-iam");
	}

	@Test
	void permalinkSetsTheSlugAndOldPathsRedirectIgnoringCaseSuffixAndTrailingSlash() {
		Catalog catalog = new ContentFolder(dir).file("notes/x.md", """
				---
				title: Roles
				permalink: /lessons/Assuming-Roles.html
				redirect_from:
				  - /old/roles
				  - /Older/Roles/
				---
				Body.
				""").catalog();

		assertThat(catalog.lesson(CourseSlug.of("notes"), LessonSlug.of("assuming-roles"))).isPresent();
		assertThat(catalog.redirectFor("/old/roles")).contains("/courses/notes/assuming-roles");
		assertThat(catalog.redirectFor("/older/roles.html")).contains("/courses/notes/assuming-roles");
		assertThat(catalog.redirectFor("/lessons/assuming-roles")).contains("/courses/notes/assuming-roles");
		assertThat(catalog.redirectFor("/elsewhere")).isEmpty();
	}

	@Test
	void linksBetweenLessonFilesBecomePortalUrlsAndImagesAreServed() {
		Catalog catalog = new ContentFolder(dir)
			.file("course/course.yml", "title: Course\nlessons: [a.md, part/b.md]\n")
			.file("course/a.md", "---\ntitle: A\nredirect_from: /old/a\n---\n"
					+ "See [B](part/b.md#keys) and ![the stack](img/stack%20one.png).")
			.lesson("course/part/b.md", "B", "Back to [A](../a.md), or the [old page](/OLD/A/).")
			.bytes("course/img/stack one.png", new byte[] { (byte) 0x89, 'P', 'N', 'G' })
			.catalog();

		assertThat(catalog.lesson(CourseSlug.of("course"), LessonSlug.of("a")).orElseThrow().html()).contains("href=\"/courses/course/b#keys\"")
			.contains("src=\"/courses/course/media/img/stack%20one.png\"");
		assertThat(catalog.lesson(CourseSlug.of("course"), LessonSlug.of("b")).orElseThrow().html()).contains("href=\"/courses/course/a\"")
			.doesNotContain("/OLD/A/");
		assertThat(catalog.media("/courses/course/media/img/stack%20one.png"))
			.hasValueSatisfying(file -> assertThat(file.contentType()).isEqualTo("image/png"));
	}
}
