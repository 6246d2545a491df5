package io.lectern.content;

import static org.assertj.core.api.Assertions.assertThat;

import io.lectern.authoring.ContentProblem;
import io.lectern.authoring.CourseSlug;
import io.lectern.authoring.LessonSlug;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * mystmd's {@code numbering} settings, in a project's {@code myst.yml} and a page's front matter:
 * sections numbered by depth (1, 1.1, 2) once headings are switched on, where numbers start, how
 * they are written ({@code enumerator}) and what references to them show ({@code template}).
 */
class SectionNumberingTest {

	private static final String SECTIONS = """
			## Overview

			Text.

			(sec-keys)=
			### Keys

			### Roles

			## Practice

			See {ref}`sec-keys` and [](#sec-keys).
			""";

	private static String project(String numbering) {
		return "version: 1\nproject:\n  title: Security\n  numbering:\n" + numbering.indent(4) + "  toc:\n    - file: lesson.md\n";
	}

	private static Lesson lesson(Path dir, String projectNumbering, String frontMatter, String body) {
		return new ContentFolder(dir).file("sec/myst.yml", project(projectNumbering))
			.file("sec/diagram.png", "an image")
			.file("sec/lesson.md", "---\ntitle: Lesson\n" + frontMatter + "---\n" + body)
			.catalog()
			.lesson(CourseSlug.of("sec"), LessonSlug.of("lesson"))
			.orElseThrow();
	}

	@Test
	void headingsSwitchedOnAreNumberedAsSectionsFromTheShallowestDepthThePageUses(@TempDir Path dir) {
		Lesson lesson = lesson(dir, "headings: true", "", SECTIONS);

		assertThat(lesson.html()).containsSubsequence(
				"<h2 id=\"overview\"><span class=\"heading-number\">1</span> Overview",
				"<h3 id=\"sec-keys\"><span class=\"heading-number\">1.1</span> Keys",
				"<h3 id=\"roles\"><span class=\"heading-number\">1.2</span> Roles",
				"<h2 id=\"practice\"><span class=\"heading-number\">2</span> Practice");
		assertThat(lesson.headings()).extracting(Heading::text).containsExactly("1 Overview", "1.1 Keys", "1.2 Roles", "2 Practice");
	}

	@Test
	void aReferenceToANumberedSectionShowsItsNumberAsMystmdDoes(@TempDir Path dir) {
		Lesson lesson = lesson(dir, "headings: true", "", SECTIONS);

		assertThat(lesson.html()).contains("See <a href=\"#sec-keys\" class=\"reference\">Section 1.1</a> and "
				+ "<a href=\"#sec-keys\" class=\"reference\">Section 1.1</a>.");
	}

	@Test
	void withoutNumberingHeadingsKeepTheirTextAndReferencesShowIt(@TempDir Path dir) {
		Lesson lesson = lesson(dir, "figure: true", "", SECTIONS);

		assertThat(lesson.html()).doesNotContain("heading-number")
			.contains("See <a href=\"#sec-keys\" class=\"reference\">Keys</a>");
	}

	@Test
	void oneDepthCanBeNumberedAloneAndTemplatesNameWhatReferencesShow(@TempDir Path dir) {
		// The front matter of a public mystmd lesson, as its author wrote it.
		Lesson lesson = lesson(dir, "figure: true", """
				numbering:
				  heading_2: true
				  figure:
				    template: Figure %s
				  equation:
				    template: Eq. %s
				""", SECTIONS + "\n$$\nE = mc^2\n$$ (energy)\n\nBy [](#energy).\n");

		assertThat(lesson.html()).contains("<span class=\"heading-number\">2</span> Practice")
			.contains("<h3 id=\"roles\">Roles")
			.contains("By <a href=\"#energy\" class=\"reference\">Eq. 1</a>.")
			.contains("<a href=\"#sec-keys\" class=\"reference\">Keys</a>");
	}

	@Test
	void startAndEnumeratorWriteTheNumbersAsTheAuthorAsks(@TempDir Path dir) {
		Lesson lesson = lesson(dir, "enumerator: A.%s", """
				numbering:
				  figure:
				    start: 5
				""", """
				:::{figure} diagram.png
				The model.
				:::

				:::{figure} diagram.png
				:label: fig-next
				The next one.
				:::

				See {numref}`fig-next`.

				$$
				x = 1
				$$
				""");

		assertThat(lesson.html()).containsSubsequence("<figure id=\"figure-a-5\"", "Figure A.5: ", "<figure id=\"fig-next\"",
				"Figure A.6: ")
			.contains("See <a href=\"#fig-next\" class=\"reference\">Figure A.6</a>.")
			.contains("<span class=\"equation-number\">(A.1)</span>");
	}

	@Test
	void thePageOverridesItsProjectKindByKind(@TempDir Path dir) {
		Lesson lesson = lesson(dir, "headings: true", "numbering:\n  heading_3: false\n", SECTIONS);

		assertThat(lesson.html()).contains("<span class=\"heading-number\">2</span> Practice").contains("<h3 id=\"roles\">Roles");
	}

	@Test
	void aTitleRepeatedAtTheTopOfTheBodyIsNotCountedAsASection(@TempDir Path dir) {
		Lesson lesson = lesson(dir, "headings: true", "", "# Lesson\n\nIntro.\n\n## First\n\n## Second\n");

		assertThat(lesson.html()).contains("<span class=\"heading-number\">1</span> First")
			.contains("<span class=\"heading-number\">2</span> Second");
	}

	@Test
	void aLessonWithRawHtmlKeepsItsSectionNumbersThroughTheSanitizer(@TempDir Path dir) {
		Lesson lesson = lesson(dir, "headings: true", "", "## One\n\n<kbd>Ctrl</kbd> <script>alert(1)</script>\n");

		assertThat(lesson.html()).contains("<span class=\"heading-number\">1</span> One").doesNotContain("<script");
	}

	@Test
	void numberingThatCannotBeReadIsAWarningWithItsLineAndTheLessonStillRenders(@TempDir Path dir) {
		var result = new ContentFolder(dir).file("sec/myst.yml", project("headings: true"))
			.file("sec/lesson.md", "---\ntitle: Lesson\nnumbering:\n  figure:\n    start: two\n---\n## One\n")
			.load();

		assertThat(result.problems()).extracting(ContentProblem::toString)
			.containsExactly("sec/lesson.md:5: warning: \"numbering.figure.start\" must be a whole number");
		assertThat(result.catalog().lesson(CourseSlug.of("sec"), LessonSlug.of("lesson")).orElseThrow().html()).contains("1</span> One");
	}
}
