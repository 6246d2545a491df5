package io.lectern.content;

import static org.assertj.core.api.Assertions.assertThat;

import io.lectern.authoring.CourseSlug;
import io.lectern.authoring.LessonSlug;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pages numbered from their place in the course: mystmd's {@code numbering: title} (the pages that
 * ask, counted 1, 2, 3 in the table of contents' order, their sections numbered under them). Jupyter
 * Book's {@code numbered} is in {@link JupyterBookPartNumberingTest}.
 */
class PageNumberingTest {

	/** The front matter of a public mystmd course's chapter pages, as its author wrote it. */
	private static final String CHAPTER = """
			---
			title: %s
			numbering:
			  code: false
			  equation: true
			  title: true
			  headings:
			    enabled: true
			    continue: false
			---

			## Main idea

			Text.

			(%s-algorithm)=
			## Algorithm

			### Steps
			""";

	private static ContentFolder notes(Path dir) {
		return new ContentFolder(dir).file("numa/myst.yml", """
				version: 1
				project:
				  title: Numerical Analysis
				  toc:
				    - file: front.md
				    - file: roots.md
				      children:
				      - file: bisect.md
				      - file: newton.md
				""")
			.file("numa/front.md", "---\ntitle: About these notes\n---\n\n## Python\n\nSee [](#newton-algorithm).\n")
			.file("numa/roots.md", "---\ntitle: Root finding\nnumbering:\n  headings: true\n---\n\n## Bracketing\n")
			.file("numa/bisect.md", CHAPTER.formatted("Bisection method", "bisect"))
			.file("numa/newton.md", CHAPTER.formatted("Newton method", "newton"));
	}

	@Test
	void pagesThatNumberTheirTitleAreCountedInTableOfContentsOrderAndTheirSectionsUnderThem(@TempDir Path dir) {
		Catalog catalog = notes(dir).catalog();
		Lesson bisect = catalog.lesson(CourseSlug.of("numa"), LessonSlug.of("bisect")).orElseThrow();
		Lesson newton = catalog.lesson(CourseSlug.of("numa"), LessonSlug.of("newton")).orElseThrow();

		assertThat(catalog.course(CourseSlug.of("numa")).orElseThrow().lessons()).extracting(lesson -> lesson.details().number())
			.containsExactly("", "", "1", "2");
		assertThat(newton.html()).containsSubsequence(
				"<h2 id=\"main-idea\"><span class=\"heading-number\">2.1</span> Main idea",
				"<h2 id=\"newton-algorithm\"><span class=\"heading-number\">2.2</span> Algorithm",
				"<h3 id=\"steps\"><span class=\"heading-number\">2.2.1</span> Steps");
		assertThat(bisect.headings()).extracting(Heading::text).containsExactly("1.1 Main idea", "1.2 Algorithm", "1.2.1 Steps");
		// A page without title numbering numbers its own sections from 1, as before.
		assertThat(catalog.lesson(CourseSlug.of("numa"), LessonSlug.of("roots")).orElseThrow().html())
			.contains("<h2 id=\"bracketing\"><span class=\"heading-number\">1</span> Bracketing");
	}

	@Test
	void aReferenceFromAnotherPageShowsTheSectionsFullNumber(@TempDir Path dir) {
		Lesson front = notes(dir).catalog().lesson(CourseSlug.of("numa"), LessonSlug.of("front")).orElseThrow();

		assertThat(front.html()).contains(">Section 2.2</a>");
	}

	@Test
	void theNumberShowsBeforeTheTitleOnTheLessonPageAndInTheCourseNavigation(@TempDir Path dir) {
		Lesson newton = notes(dir).catalog().lesson(CourseSlug.of("numa"), LessonSlug.of("newton")).orElseThrow();

		assertThat(newton.details().number()).isEqualTo("2");
		assertThat(newton.title()).isEqualTo("Newton method");
	}

	@Test
	void aProjectThatNumbersTitlesNumbersEveryListedPageAndATitleEnumeratorWritesThem(@TempDir Path dir) {
		Catalog catalog = new ContentFolder(dir).file("app/myst.yml", """
				version: 1
				project:
				  title: Appendices
				  numbering:
				    title:
				      enabled: true
				      enumerator: A%s
				  toc:
				    - file: one.md
				    - file: two.md
				""")
			.file("app/one.md", "---\ntitle: One\n---\n\nText.\n")
			.file("app/two.md", "---\ntitle: Two\nnumbering:\n  title: false\n---\n\nText.\n")
			.file("app/three.md", "---\ntitle: Three\n---\n\nNot in the table of contents.\n")
			.catalog();

		assertThat(catalog.lesson(CourseSlug.of("app"), LessonSlug.of("one")).orElseThrow().details().number()).isEqualTo("A1");
		assertThat(catalog.lesson(CourseSlug.of("app"), LessonSlug.of("two")).orElseThrow().details().number()).isEmpty();
	}

	/**
	 * A public mystmd course's chapters write their own numbers with an enumerator ({@code 9.%s}) in a
	 * project numbered throughout ({@code numbering: true}, which numbers no title): each section's
	 * number takes it once ({@code 9.1}, {@code 9.1.1}). When titles are numbered too, a section's
	 * count under the title's is written with it once ({@code 9.2.1}), never the title's written
	 * number again ({@code 9.9.2.1}).
	 */
	@Test
	void aPageEnumeratorWritesTheTitleAndEachSectionOnce(@TempDir Path dir) {
		Catalog catalog = new ContentFolder(dir).file("rl/myst.yml", """
				version: 1
				project:
				  title: Reinforcement learning
				  numbering: true
				  toc:
				    - file: intro.md
				    - file: exploration.md
				""")
			.file("rl/intro.md", "---\ntitle: Introduction\n---\n\nText.\n")
			.file("rl/exploration.md", """
				---
				numbering:
				  enumerator: 9.%s
				---
				# Exploration in MDPs

				## Introduction

				### Sparse reward
				""")
			.catalog();

		Lesson exploration = catalog.lesson(CourseSlug.of("rl"), LessonSlug.of("exploration")).orElseThrow();
		assertThat(exploration.details().number()).isEmpty();
		assertThat(exploration.html()).contains("9.1</span> Introduction").contains("9.1.1</span> Sparse reward");

		Lesson titled = new ContentFolder(dir.resolve("titled")).file("rl/myst.yml", """
				version: 1
				project:
				  title: Reinforcement learning
				  numbering:
				    title: true
				    headings: true
				  toc:
				    - file: intro.md
				    - file: exploration.md
				""")
			.file("rl/intro.md", "---\ntitle: Introduction\n---\n\nText.\n")
			.file("rl/exploration.md", "---\nnumbering:\n  enumerator: 9.%s\n---\n# Exploration in MDPs\n\n## Introduction\n\n### Sparse reward\n")
			.catalog().lesson(CourseSlug.of("rl"), LessonSlug.of("exploration")).orElseThrow();
		assertThat(titled.details().number()).isEqualTo("9.2");
		assertThat(titled.html()).contains("9.2.1</span> Introduction").contains("9.2.1.1</span> Sparse reward")
			.doesNotContain("9.9.");
	}

	/**
	 * mystmd's {@code title.offset}: a page whose title sits one level down is numbered as a section
	 * of the titled page before it, and its own sections under that; a page back at offset 0 takes the
	 * next whole number. The offset is written as mystmd's validator reads it, in full or as the
	 * title's only value.
	 */
	@Test
	void aTitleOffsetNumbersThePageOneLevelDownUnderTheTitledPageBeforeIt(@TempDir Path dir) {
		Catalog catalog = new ContentFolder(dir).file("waves/myst.yml", """
				version: 1
				project:
				  title: Waves
				  numbering:
				    title: true
				  toc:
				    - file: sound.md
				      children:
				        - file: pitch.md
				        - file: echo.md
				    - file: light.md
				      children:
				        - file: colour.md
				""")
			.file("waves/sound.md", "---\ntitle: Sound\n---\n\nText.\n")
			.file("waves/pitch.md", "---\ntitle: Pitch\nnumbering:\n  title:\n    offset: 1\n---\n\nText.\n")
			.file("waves/echo.md", "---\ntitle: Echo\nnumbering:\n  title: 1\n---\n\nText.\n")
			.file("waves/light.md", "---\ntitle: Light\n---\n\nText.\n")
			.file("waves/colour.md", "---\ntitle: Colour\nnumbering:\n  title:\n    offset: 1\n  headings: true\n---\n\n"
					+ "## Spectrum\n\n## Mixing\n")
			.catalog();

		assertThat(catalog.course(CourseSlug.of("waves")).orElseThrow().lessons())
			.extracting(lesson -> lesson.navigationTitle() + " " + lesson.details().number())
			.containsExactly("Sound 1", "Pitch 1.1", "Echo 1.2", "Light 2", "Colour 2.1");
		assertThat(catalog.lesson(CourseSlug.of("waves"), LessonSlug.of("colour")).orElseThrow().headings())
			.extracting(Heading::text).containsExactly("2.1.1 Spectrum", "2.1.2 Mixing");
	}
}
