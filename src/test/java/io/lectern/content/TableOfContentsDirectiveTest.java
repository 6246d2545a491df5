package io.lectern.content;

import static org.assertj.core.api.Assertions.assertThat;

import io.lectern.authoring.ContentProblem;
import io.lectern.authoring.CourseSlug;
import io.lectern.authoring.LessonSlug;
import io.lectern.content.internal.load.CatalogLoader;
import io.lectern.content.internal.load.DirectoryTree;
import io.lectern.content.internal.load.LoadResult;
import io.lectern.content.internal.load.Reloaded;
import io.lectern.content.internal.render.LessonHtmlPolicy;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Jupyter Book 1's {@code {tableofcontents}} inserts a list of the pages its table of contents nests
 * under the current page: their links, nested as the toc nests them, each named as the navigation
 * names it. A page with nothing under it gets a warning and no list.
 */
class TableOfContentsDirectiveTest {

	private static final String DIRECTIVE = "```{tableofcontents}\n```\n";
	private static final Path FIXTURES = Path.of("src/test/resources/fixtures");

	/** The lesson's HTML without the line breaks the renderer puts between blocks. */
	private static String html(Catalog catalog, String course, String lesson) {
		return catalog.lesson(CourseSlug.of(course), LessonSlug.of(lesson)).orElseThrow().html().replace("\n", "");
	}

	private static ContentFolder chapterWithSections(Path dir) {
		return new ContentFolder(dir).file("book/_toc.yml", """
				format: jb-book
				root: intro
				chapters:
				  - file: chap
				    sections:
				      - file: sec1
				      - file: sec2
				  - file: other
				""")
			.file("book/intro.md", "# Introduction\n\nHello.\n")
			.file("book/chap.md", "# Chapter\n\n" + DIRECTIVE)
			.file("book/sec1.md", "# First section\n\nOne.\n")
			.file("book/sec2.md", "# Second section\n\nTwo.\n")
			.file("book/other.md", "# Other chapter\n\nThree.\n");
	}

	@Test
	void aChapterListsItsSectionsAsLinksToTheirLessons(@TempDir Path dir) {
		String chapter = html(chapterWithSections(dir).catalog(), "book", "chap");

		assertThat(chapter).contains("<div class=\"toctree-wrapper\"><ul>"
				+ "<li><a href=\"/courses/book/sec1\" class=\"reference\">First section</a></li>"
				+ "<li><a href=\"/courses/book/sec2\" class=\"reference\">Second section</a></li>"
				+ "</ul></div>")
			.doesNotContain("Other chapter");
	}

	@Test
	void aNumberedBookListsEachPageWithItsNumberAsTheNavigationShowsIt(@TempDir Path dir) {
		String chapter = html(chapterWithSections(dir).file("book/_toc.yml", """
				format: jb-book
				root: intro
				options:
				  numbered: true
				chapters:
				  - file: chap
				    sections:
				      - file: sec1
				      - file: sec2
				  - file: other
				""").catalog(), "book", "chap");

		assertThat(chapter).contains("<li><a href=\"/courses/book/sec1\" class=\"reference\">1.1 First section</a></li>"
				+ "<li><a href=\"/courses/book/sec2\" class=\"reference\">1.2 Second section</a></li>");
	}

	@Test
	void theRootListsThePartsCaptionedWithEveryPageNestedUnderItsParentByItsTocTitle() {
		String root = html(new ContentFolder(FIXTURES.resolve("toc-book")).catalog(), "toc-book", "intro");

		assertThat(root).contains("<div class=\"toctree-wrapper\">"
				+ "<p class=\"course-nav-section\">Basics</p><ul>"
				+ "<li><a href=\"/courses/toc-book/chap\" class=\"reference\">Counting</a><ul>"
				+ "<li><a href=\"/courses/toc-book/sec1\" class=\"reference\">Sums</a></li>"
				+ "<li><a href=\"/courses/toc-book/sec2\" class=\"reference\">Permutations</a><ul>"
				+ "<li><a href=\"/courses/toc-book/deep\" class=\"reference\">Circular arrangements</a></li>"
				+ "</ul></li></ul></li></ul>"
				+ "<p class=\"course-nav-section\">Further</p><ul>"
				+ "<li><a href=\"/courses/toc-book/a\" class=\"reference\">Short name</a></li>"
				+ "<li><a href=\"https://example.org/tables\">Tables</a></li>"
				+ "</ul></div>");
	}

	@Test
	void aPageWithNothingUnderItShowsNoListAndIsWarnedAbout(@TempDir Path dir) {
		LoadResult result = chapterWithSections(dir).file("book/other.md", "# Other chapter\n\nThree.\n\n" + DIRECTIVE).load();

		assertThat(result.problems()).extracting(ContentProblem::toString).containsExactly(
				"book/other.md:5: warning: Nothing to list for \"tableofcontents\": the table of contents nests no page under this one");
		assertThat(html(result.catalog(), "book", "other")).doesNotContain("toctree-wrapper").contains("Three.");
	}

	@Test
	void aFolderCourseHasNoPagesUnderAPageSoTheDirectiveIsWarnedAbout(@TempDir Path dir) {
		LoadResult result = new ContentFolder(dir).lesson("notes/one.md", "One", "Text.\n\n" + DIRECTIVE)
			.lesson("notes/two.md", "Two", "More.")
			.load();

		assertThat(result.problems()).extracting(ContentProblem::toString).singleElement().asString()
			.startsWith("notes/one.md:6: warning: Nothing to list for \"tableofcontents\"");
	}

	/** mystmd makes {tableofcontents} another name of its {toc}, whose context is the whole project. */
	@Test
	void aMystProjectsPageListsTheWholeProjectAsMystmdDoes(@TempDir Path dir) {
		Catalog catalog = new ContentFolder(dir).file("guide/myst.yml", """
				version: 1
				project:
				  toc:
				    - file: index.md
				    - file: usage.md
				      children:
				        - file: tips.md
				          title: Tips
				""")
			.lesson("guide/index.md", "Guide", "Hello.")
			.lesson("guide/usage.md", "Usage", DIRECTIVE)
			.lesson("guide/tips.md", "Tips and tricks for daily use", "Shortcuts.")
			.catalog();

		assertThat(html(catalog, "guide", "usage")).contains("<div class=\"toctree-wrapper\"><ul>"
				+ "<li><a href=\"/courses/guide/index\" class=\"reference\">Guide</a></li>"
				+ "<li><a href=\"/courses/guide/usage\" class=\"reference\">Usage</a>"
				+ "<ul><li><a href=\"/courses/guide/tips\" class=\"reference\">Tips</a></li></ul></li></ul></div>");
	}

	@Test
	void theListIsMarkupTheLessonAllowlistKeepsAsItIs(@TempDir Path dir) {
		String withRawHtml = html(chapterWithSections(dir).file("book/chap.md", "# Chapter\n\n<b>Read on.</b>\n\n" + DIRECTIVE)
			.catalog(), "book", "chap");
		String list = withRawHtml.substring(withRawHtml.indexOf("<div class=\"toctree-wrapper\">"));

		assertThat(list).contains("<a href=\"/courses/book/sec1\" class=\"reference\">First section</a>");
		assertThat(LessonHtmlPolicy.sanitize(list)).isEqualTo(list);
	}

	@Test
	void aSectionRetitledLaterIsListedByItsNewTitleThoughTheChapterIsNotRenderedAgain(@TempDir Path dir) {
		ContentFolder folder = chapterWithSections(dir);
		CatalogLoader loader = new CatalogLoader();
		Catalog before = folder.load(loader).catalog();

		folder.file("book/sec1.md", "# Adding up\n\nOne.\n");
		Reloaded again = loader.reload(new DirectoryTree(dir), before, List.of("book/sec1.md"));

		assertThat(again.rendered()).containsExactly("book/sec1.md");
		assertThat(html(again.result().catalog(), "book", "chap")).contains(">Adding up</a>").doesNotContain("First section");
	}
}
