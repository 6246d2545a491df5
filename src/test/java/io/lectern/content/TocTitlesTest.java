package io.lectern.content;

import static org.assertj.core.api.Assertions.assertThat;

import io.lectern.authoring.CourseSlug;
import io.lectern.authoring.LessonSlug;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A {@code title} beside a {@code file} in a table of contents names that page in the course's
 * navigation, as Jupyter Book's toctree and mystmd's sidebar name it, while the page keeps its own
 * heading as its title.
 */
class TocTitlesTest {

	@Test
	void aJupyterBookTocTitleNamesThePageInNavigationAndThePageKeepsItsHeading(@TempDir Path dir) {
		Catalog catalog = new ContentFolder(dir).file("book/_toc.yml", """
				format: jb-book
				root: intro
				chapters:
				  - file: a
				    title: "Short name"
				  - file: b
				""")
			.file("book/intro.md", "# Welcome\n\nStart here.\n")
			.file("book/a.md", "# A much longer heading\n\nText.\n")
			.file("book/b.md", "# B\n\nMore.\n")
			.catalog();
		Course course = catalog.course(CourseSlug.of("book")).orElseThrow();
		Lesson a = catalog.lesson(CourseSlug.of("book"), LessonSlug.of("a")).orElseThrow();

		assertThat(a.title()).isEqualTo("A much longer heading");
		assertThat(a.navigationTitle()).isEqualTo("Short name");
		assertThat(course.lessons()).extracting(Lesson::navigationTitle).containsExactly("Welcome", "Short name", "B");
	}

	@Test
	void aTitledChapterOpeningNestedSectionsNamesItsSubSection(@TempDir Path dir) {
		Course course = new ContentFolder(dir).file("book/_toc.yml", """
				format: jb-article
				root: intro
				sections:
				  - file: methods
				    sections:
				      - file: sampling
				        title: Whom we asked
				        sections:
				          - file: bias
				""")
			.lesson("book/intro.md", "Introduction", "Why.")
			.lesson("book/methods.md", "Methods", "How.")
			.lesson("book/sampling.md", "Sampling the population of interest", "Whom.")
			.lesson("book/bias.md", "Bias", "Who is left out.")
			.catalog()
			.course(CourseSlug.of("book"))
			.orElseThrow();

		Section sampling = (Section) course.sections().get(0).items().get(2);
		assertThat(sampling.title()).isEqualTo("Whom we asked");
		assertThat(sampling.page().title()).isEqualTo("Sampling the population of interest");
	}

	@Test
	void theTocTitleWinsOverTheFrontMattersShortTitle(@TempDir Path dir) {
		Lesson a = new ContentFolder(dir).file("book/_toc.yml", """
				format: jb-book
				root: intro
				chapters:
				  - file: a
				    title: From the toc
				""")
			.lesson("book/intro.md", "Intro", "Start.")
			.file("book/a.md", "---\ntitle: A long title\nshort_title: From the page\n---\nText.\n")
			.catalog()
			.lesson(CourseSlug.of("book"), LessonSlug.of("a"))
			.orElseThrow();

		assertThat(a.navigationTitle()).isEqualTo("From the toc");
		assertThat(a.title()).isEqualTo("A long title");
	}

	@Test
	void aMystTocTitleOnAFileNamesThePageInNavigationToo(@TempDir Path dir) {
		Catalog catalog = new ContentFolder(dir).file("guide/myst.yml", """
				version: 1
				project:
				  title: Guide
				  toc:
				    - file: index.md
				    - file: setup.md
				      title: Setup
				    - file: usage.md
				      title: Using it
				      children:
				        - file: tips.md
				""")
			.lesson("guide/index.md", "Guide", "Hello.")
			.lesson("guide/setup.md", "Setting up your workstation", "Install.")
			.lesson("guide/usage.md", "Using the tool every day", "Run.")
			.lesson("guide/tips.md", "Tips", "Shortcuts.")
			.catalog();
		Course course = catalog.course(CourseSlug.of("guide")).orElseThrow();

		assertThat(catalog.lesson(CourseSlug.of("guide"), LessonSlug.of("setup")).orElseThrow().navigationTitle())
			.isEqualTo("Setup");
		assertThat(course.lessons()).extracting(Lesson::navigationTitle)
			.containsExactly("Guide", "Setup", "Using it", "Tips");
		assertThat(course.sections()).extracting(Section::title).containsExactly(null, "Using it");
	}

	@Test
	void aJekyllEraTocEntrysTitleNamesItsPageInNavigationAsTheOldSidebarDid(@TempDir Path dir) {
		Catalog catalog = new ContentFolder(dir).file("old/_data/toc.yml", """
				- title: Welcome
				  url: /intro
				- header: Lessons
				- title: Lesson 7 - Data Security
				  url: /lessons/security
				""")
			.file("old/_build/intro.md", "---\ntitle: Introduction to the course\n---\nHello.\n")
			.file("old/_build/lessons/security.md", "---\ntitle: Data security on AWS\n---\nKeys.\n")
			.catalog();
		Course course = catalog.course(CourseSlug.of("old")).orElseThrow();
		Lesson security = catalog.lesson(CourseSlug.of("old"), LessonSlug.of("security")).orElseThrow();

		assertThat(course.lessons()).extracting(Lesson::navigationTitle)
			.containsExactly("Welcome", "Lesson 7 - Data Security");
		assertThat(security.title()).isEqualTo("Data security on AWS");
		assertThat(course.previous(security)).map(Lesson::navigationTitle).contains("Welcome");
	}
}
