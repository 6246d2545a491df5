package io.lectern.content;

import static org.assertj.core.api.Assertions.assertThat;

import io.lectern.authoring.ContentProblem;
import io.lectern.authoring.CourseSlug;
import io.lectern.authoring.LessonSlug;
import io.lectern.content.internal.load.LoadResult;
import io.lectern.content.internal.render.LessonHtmlPolicy;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * mystmd's {@code {toc}} directive and the names it answers to ({@code {contents}}, {@code {toctree}},
 * {@code {table-of-contents}}), as the mystmd guide's "In-page table of contents" describes them:
 * the project's pages, the page's headings, or the headings of the section that follows.
 */
class ContentsDirectiveTest {

	private static final String PROJECT = """
			version: 1
			project:
			  toc:
			    - file: index.md
			    - file: usage.md
			      children:
			        - file: tips.md
			    - title: Reference
			      children:
			        - file: api.md
			""";

	private static LoadResult load(Path dir, String usage) {
		return new ContentFolder(dir).file("guide/myst.yml", PROJECT)
			.lesson("guide/index.md", "Guide", "Hello.")
			.lesson("guide/usage.md", "Usage", usage)
			.lesson("guide/tips.md", "Tips", "Shortcuts.")
			.lesson("guide/api.md", "API", "Calls.")
			.load();
	}

	private static String usage(LoadResult result) {
		return result.catalog().lesson(CourseSlug.of("guide"), LessonSlug.of("usage")).orElseThrow().html().replace("\n", "");
	}

	@Test
	void byDefaultItListsEveryPageOfTheProjectNestedAsTheTocNestsThemUnderItsTitle(@TempDir Path dir) {
		LoadResult result = load(dir, ":::{toc} Contents\n:::\n\nText.");

		assertThat(result.problems()).isEmpty();
		String list = usage(result);
		assertThat(list).contains("<div class=\"contents-list\"><p class=\"contents-list-title\">Contents</p><ul>"
				+ "<li><a href=\"/courses/guide/index\" class=\"reference\">Guide</a></li>"
				+ "<li><a href=\"/courses/guide/usage\" class=\"reference\">Usage</a><ul>"
				+ "<li><a href=\"/courses/guide/tips\" class=\"reference\">Tips</a></li></ul></li></ul>"
				+ "<p class=\"course-nav-section\">Reference</p><ul>"
				+ "<li><a href=\"/courses/guide/api\" class=\"reference\">API</a></li></ul></div>");
		String listOnly = list.substring(list.indexOf("<div class=\"contents-list\">"), list.indexOf("</div>") + 6);
		assertThat(LessonHtmlPolicy.sanitize(listOnly)).isEqualTo(listOnly);
	}

	@Test
	void aDepthOfOneKeepsTheTopLevelAndAHiddenSphinxToctreeShowsNothing(@TempDir Path dir) {
		String list = usage(load(dir, "```{toctree}\n:maxdepth: 1\n```\n\n```{toctree}\n:hidden:\n\ntips\n```\n"));

		assertThat(list).contains("<a href=\"/courses/guide/usage\" class=\"reference\">Usage</a></li>")
			.doesNotContain("/courses/guide/tips\"")
			.doesNotContain("/courses/guide/api\"");
		assertThat(list.split("class=\"contents-list\"", -1)).hasSize(2);
	}

	@Test
	void theChildrenContextListsThePagesNestedUnderThisOne(@TempDir Path dir) {
		String list = usage(load(dir, ":::{toc}\n:context: children\n:::\n"));

		assertThat(list).contains("<div class=\"contents-list\"><ul>"
				+ "<li><a href=\"/courses/guide/tips\" class=\"reference\">Tips</a></li></ul></div>")
			.doesNotContain("/courses/guide/api\"");
	}

	@Test
	void thePageContextListsEveryHeadingOfThePageAsLinksToTheirAnchors(@TempDir Path dir) {
		String list = usage(load(dir, """
				:::{toc}
				:context: page
				:::

				## Install

				### On Linux

				(mac)=
				### On macOS

				## Configure
				"""));

		assertThat(list).contains("<div class=\"contents-list\"><ul>"
				+ "<li><a href=\"#install\">Install</a><ul>"
				+ "<li><a href=\"#on-linux\">On Linux</a></li>"
				+ "<li><a href=\"#mac\">On macOS</a></li></ul></li>"
				+ "<li><a href=\"#configure\">Configure</a></li></ul></div>");
	}

	@Test
	void contentsListsTheHeadingsThatFollowItInItsSectionToTheDepthAsked(@TempDir Path dir) {
		String list = usage(load(dir, """
				## Install

				```{contents}
				:depth: 1
				```

				### On Linux

				#### From source

				### On macOS

				## Configure
				"""));

		assertThat(list).contains("<div class=\"contents-list\"><ul>"
				+ "<li><a href=\"#on-linux\">On Linux</a></li>"
				+ "<li><a href=\"#on-macos\">On macOS</a></li></ul></div>")
			.doesNotContain("<a href=\"#from-source\">")
			.doesNotContain("<a href=\"#configure\">");
	}

	@Test
	void numberedHeadingsAreListedWithTheirNumbers(@TempDir Path dir) {
		LoadResult result = new ContentFolder(dir).file("guide/myst.yml", PROJECT)
			.lesson("guide/index.md", "Guide", "Hello.")
			.file("guide/usage.md", """
					---
					title: Usage
					numbering:
					  headings: true
					---
					:::{toc}
					:context: page
					:::

					## Install

					## Configure
					""")
			.lesson("guide/tips.md", "Tips", "Shortcuts.")
			.lesson("guide/api.md", "API", "Calls.")
			.load();

		assertThat(usage(result)).containsPattern("<a href=\"#install\">[0-9.]+ Install</a></li><li><a href=\"#configure\">[0-9.]+ Configure</a>");
	}

	@Test
	void aSphinxToctreeThatNamesItsPagesListsThoseInItsOrderUnderItsCaption(@TempDir Path dir) {
		LoadResult result = load(dir, """
				```{toctree}
				:caption: Read next
				:maxdepth: 2

				api
				Handy tricks <tips>
				Elsewhere <https://example.org/more>
				```
				""");

		assertThat(result.problems()).isEmpty();
		assertThat(usage(result)).contains("<div class=\"contents-list\"><p class=\"contents-list-title\">Read next</p><ul>"
				+ "<li><a href=\"/courses/guide/api\" class=\"reference\">API</a></li>"
				+ "<li><a href=\"/courses/guide/tips\" class=\"reference\">Handy tricks</a></li>"
				+ "<li><a href=\"https://example.org/more\">Elsewhere</a></li></ul></div>");
	}

	@Test
	void aGlobPatternIsNotExpandedButReportedAndTheOtherEntriesListed(@TempDir Path dir) {
		LoadResult result = load(dir, "```{toctree}\n:glob:\n\napi\nti*\n```\n");

		assertThat(result.problems()).extracting(ContentProblem::toString).singleElement().asString()
			.startsWith("guide/usage.md:").contains("ti*");
		assertThat(usage(result)).contains("<ul><li><a href=\"/courses/guide/api\" class=\"reference\">API</a></li></ul>");
	}

	@Test
	void nothingToListOrAnUnknownContextIsWarnedAbout(@TempDir Path dir) {
		LoadResult result = load(dir, ":::{toc}\n:context: page\n:::\n\nNo headings here.\n\n:::{toc}\n:context: chapter\n:::\n");

		assertThat(result.problems()).extracting(ContentProblem::toString).anySatisfy(problem -> assertThat(problem)
			.startsWith("guide/usage.md:").contains("warning").contains("\"chapter\""));
		assertThat(result.problems()).extracting(ContentProblem::toString).anySatisfy(problem -> assertThat(problem)
			.startsWith("guide/usage.md:").contains("warning").contains("Nothing to list for \"toc\""));
		assertThat(usage(result)).contains("No headings here.").contains("/courses/guide/api\"");
	}
}
