package io.lectern.content;

import static org.assertj.core.api.Assertions.assertThat;

import io.lectern.authoring.ContentProblem;
import io.lectern.authoring.CourseSlug;
import io.lectern.authoring.LessonSlug;
import io.lectern.content.internal.load.LoadResult;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Course folders as real authors keep them, unchanged: a legacy Jupyter Book exactly as it
 * generated its pages (empty neighbours, a base URL, a template book beside it), and a plain folder
 * of chapters with a licence file and a link written without its scheme. Each loads, with warnings
 * where something is off, instead of stopping the portal.
 */
class RealCoursesTest {

	@TempDir
	Path dir;

	/** A v0 book published under /awsbigdata, with the template it was made from in a sub-folder. */
	private LoadResult legacyBookWithItsTemplate() {
		return new ContentFolder(dir).file("awsbigdata/_config.yml", "title: AWS Big Data\nbaseurl: /awsbigdata\n")
			.file("awsbigdata/_data/toc.yml", """
					- title: Home
					  url: /intro
					- title: Data security
					  url: /lessons/Lesson7_Data_Security
					""")
			.file("awsbigdata/_build/intro.md", """
					---
					title: Home
					prev_page:
					  url:
					  title: ''
					next_page:
					  url: /lessons/Lesson7_Data_Security
					  title: 'Data security'
					---
					Start with [data security](/awsbigdata/lessons/Lesson7_Data_Security.html).
					""")
			.file("awsbigdata/_build/lessons/Lesson7_Data_Security.md", """
					---
					title: Data security
					prev_page:
					  url: /intro
					  title: 'Home'
					next_page:
					---
					Keys and roles.
					""")
			.file("awsbigdata/template/_config.yml", "title: Book template\n")
			.file("awsbigdata/template/_data/toc.yml", "- title: Template home\n  url: /intro\n")
			.file("awsbigdata/template/content/intro.md", "---\ntitle: Template home\n---\nSee [features](features/markdown.md).\n")
			.load();
	}

	@Test
	void aLegacyBookAsJupyterBookGeneratedItLoadsWithItsEmptyNeighbours() {
		LoadResult result = legacyBookWithItsTemplate();
		Course book = result.catalog().course(CourseSlug.of("awsbigdata")).orElseThrow();

		assertThat(book.lessons()).extracting(Lesson::title).containsExactly("Home", "Data security");
		assertThat(book.previous(book.lessons().get(0))).isEmpty();
		assertThat(book.next(book.lessons().get(1))).isEmpty();
		assertThat(result.problems()).noneMatch(ContentProblem::isError);
	}

	@Test
	void everyOldAddressAnswersWithAndWithoutTheBaseUrl() {
		Catalog catalog = legacyBookWithItsTemplate().catalog();
		String lesson = "/courses/awsbigdata/lesson7-data-security";

		assertThat(catalog.redirectFor("/awsbigdata/lessons/Lesson7_Data_Security.html")).contains(lesson);
		assertThat(catalog.redirectFor("/lessons/Lesson7_Data_Security.html")).contains(lesson);
		assertThat(catalog.redirectFor("/awsbigdata/lessons/lesson7-data-security")).contains(lesson);
		assertThat(catalog.lesson(CourseSlug.of("awsbigdata"), LessonSlug.of("intro")).orElseThrow().html()).contains("href=\"" + lesson + "\"");
	}

	@Test
	void aTemplateBookInsideTheBookIsACourseOfItsOwnAndLosesTheAddressTheBookHadFirst() {
		LoadResult result = legacyBookWithItsTemplate();

		assertThat(result.catalog().courses()).extracting(course -> course.slug().value()).containsExactly("awsbigdata", "template");
		assertThat(result.catalog().redirectFor("/intro")).contains("/courses/awsbigdata/intro");
		assertThat(result.problems()).extracting(ContentProblem::toString)
			.containsExactly("awsbigdata/template/content/intro.md:1: warning: Redirect \"/intro\" already leads to"
					+ " /courses/awsbigdata/intro: kept there",
					"awsbigdata/template/content/intro.md:4: warning: Link to a lesson that does not exist:"
							+ " features/markdown.md");
	}

	@Test
	void aNestedProjectWhoseFilesTheOuterTableOfContentsListsBelongsToTheOuterCourse() {
		LoadResult result = new ContentFolder(dir).file("book/_toc.yml", "format: jb-book\nroot: intro\nchapters:\n  - file: part/one\n")
			.lesson("book/intro.md", "Intro", "x")
			.file("book/part/course.yml", "title: Part\nlessons: [one.md, two.md]\n")
			.lesson("book/part/one.md", "One", "x")
			.lesson("book/part/two.md", "Two", "x")
			.load();

		assertThat(result.catalog().courses()).extracting(course -> course.slug().value()).containsExactly("book");
		assertThat(result.catalog().course(CourseSlug.of("book")).orElseThrow().lessons()).extracting(Lesson::title)
			.containsExactly("Intro", "One");
		assertThat(result.problems()).isEmpty();
	}

	@Test
	void aPlainFolderOfChaptersLoadsWithItsUntitledLicenceAndALinkWithoutScheme() {
		LoadResult result = new ContentFolder(dir).lesson("notes/01-intro.md", "Intro",
				"Read [the site](www.example.org/guide) and [the licence](LICENSE.md); see [chapter 2](02-keys.html).")
			.lesson("notes/02-keys.md", "Keys", "x")
			.file("notes/LICENSE.md", "MIT License\n\nPermission is hereby granted.\n")
			.load();
		Course notes = result.catalog().course(CourseSlug.of("notes")).orElseThrow();

		assertThat(notes.lessons()).extracting(Lesson::title).containsExactly("Intro", "Keys", "LICENSE");
		assertThat(notes.lessons().get(0).html()).contains("href=\"https://www.example.org/guide\"")
			.contains("href=\"/courses/notes/license\"")
			.contains("href=\"/courses/notes/02-keys\"");
		assertThat(result.problems()).extracting(ContentProblem::toString)
			.containsExactly("notes/01-intro.md:4: warning: Link \"www.example.org/guide\" has no scheme: read as"
					+ " https://www.example.org/guide",
					"notes/LICENSE.md:1: warning: Missing \"title\": titled \"LICENSE\"; add \"title: ...\" to the front"
							+ " matter, or start with a \"# \" heading");
	}

	@Test
	void aLinkToAFileTheCourseDoesNotPublishIsAWarningAndKeepsItsText() {
		LoadResult result = new ContentFolder(dir).file("c/course.yml", "title: C\nlessons: [a.md]\n")
			.lesson("c/a.md", "A", "See [the draft](draft.md).")
			.lesson("c/draft.md", "Draft", "x")
			.load();

		assertThat(result.catalog().lesson(CourseSlug.of("c"), LessonSlug.of("a")).orElseThrow().html()).contains("See the draft.");
		assertThat(result.problems()).extracting(ContentProblem::toString)
			.containsExactly("c/a.md:4: warning: Link to a page the course does not publish: draft.md");
	}
}
