package io.lectern.content;

import static org.assertj.core.api.Assertions.assertThat;

import io.lectern.authoring.CourseSlug;
import io.lectern.authoring.LessonSlug;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Jupyter Book's {@code numbered}: chapters and their sections by their place in the table of
 * contents. Jupyter Book numbers chapters on from one part to the next, unless its
 * {@code _config.yml} sets {@code html.use_multitoc_numbering: false}, when each part starts again at 1.
 */
class JupyterBookPartNumberingTest {

	private static final String TOC = """
			format: jb-book
			root: intro
			parts:
			  - caption: Basics
			    numbered: true
			    chapters:
			      - file: iam
			        sections:
			          - file: iam-roles
			      - file: s3
			  - caption: Reading
			    chapters:
			      - file: reading
			  - caption: Practice
			    numbered: 2
			    chapters:
			      - file: lab
			""";

	private static ContentFolder book(Path dir) {
		return new ContentFolder(dir).file("book/_toc.yml", TOC)
			.file("book/intro.md", "# Welcome\n\nHello.\n")
			.file("book/iam.md", "# Identity\n\n## Users\n\n### Keys\n")
			.file("book/iam-roles.md", "# Roles\n\n## Trust\n")
			.file("book/s3.md", "# Storage\n\n## Buckets\n")
			.file("book/reading.md", "# Further reading\n\n## Books\n")
			.file("book/lab.md", "# Lab\n\n## Setup\n\n### Tools\n");
	}

	@Test
	void chaptersAreNumberedOnAcrossPartsAndAPartThatIsNotNumberedTakesNoNumber(@TempDir Path dir) {
		Catalog catalog = book(dir).catalog();
		Course course = catalog.course(CourseSlug.of("book")).orElseThrow();

		assertThat(course.lessons()).extracting(lesson -> lesson.navigationTitle() + " " + lesson.details().number())
			.containsExactly("Welcome ", "Identity 1", "Roles 1.1", "Storage 2", "Further reading ", "Lab 3");
		// So its outline shows these numbers instead of counting its lessons again.
		assertThat(course.numbersItsLessons()).isTrue();
		// Sphinx numbers a numbered page's own sections under it, to the toctree's depth.
		assertThat(catalog.lesson(CourseSlug.of("book"), LessonSlug.of("iam")).orElseThrow().headings()).extracting(Heading::text)
			.containsExactly("1.1 Users", "1.1.1 Keys");
		assertThat(catalog.lesson(CourseSlug.of("book"), LessonSlug.of("iam-roles")).orElseThrow().headings()).extracting(Heading::text)
			.containsExactly("1.1.1 Trust");
		assertThat(catalog.lesson(CourseSlug.of("book"), LessonSlug.of("lab")).orElseThrow().headings()).extracting(Heading::text)
			.containsExactly("3.1 Setup", "Tools");
	}

	@Test
	void aBookThatTurnsContinuousNumberingOffStartsEachPartAgainAtOne(@TempDir Path dir) {
		Catalog catalog = book(dir).file("book/_config.yml", "title: Security\nhtml:\n  use_multitoc_numbering: false\n")
			.catalog();

		assertThat(catalog.course(CourseSlug.of("book")).orElseThrow().lessons())
			.extracting(lesson -> lesson.navigationTitle() + " " + lesson.details().number())
			.containsExactly("Welcome ", "Identity 1", "Roles 1.1", "Storage 2", "Further reading ", "Lab 1");
		assertThat(catalog.lesson(CourseSlug.of("book"), LessonSlug.of("lab")).orElseThrow().headings()).extracting(Heading::text)
			.containsExactly("1.1 Setup", "Tools");
	}
}
