package io.lectern.content.internal.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.lectern.authoring.ContentProblem;
import io.lectern.authoring.Problems;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BookPagesTest {

	private final Problems problems = new Problems();

	private final BookPages pages = new BookPages(Set.of("book/_build/intro.md", "book/_build/intro.ipynb",
			"book/content/lessons/Lesson9_Notebook.ipynb", "book/_build/guide/index.md", "book/_build/Setup.md"),
			problems);

	@Test
	void markdownWinsOverANotebookOfTheSameName() {
		assertThat(pages.find("book/_build/intro")).contains("book/_build/intro.md");
		assertThat(pages.find("book/_build/intro.html")).contains("book/_build/intro.md");
	}

	@Test
	void aNotebookIsPlannedLikeAMarkdownPage() {
		assertThat(pages.find("book/content/lessons/Lesson9_Notebook")).contains("book/content/lessons/Lesson9_Notebook.ipynb");
	}

	@Test
	void aFolderNamesItsIndexAndCaseIsIgnoredOnlyWhenNoExactNameExists() {
		assertThat(pages.find("book/_build/guide/")).contains("book/_build/guide/index.md");
		assertThat(pages.find("book/_build/setup")).contains("book/_build/Setup.md");
		assertThat(pages.find("book/_build/missing")).isEmpty();
	}

	@Test
	void oldPathsAreTheAddressWithoutHtmlAndItsSlugifiedForm() {
		assertThat(BookPages.oldPaths("/lessons/Lesson7_AWS_Big_Data_Data_Security.html"))
			.containsExactly("/lessons/Lesson7_AWS_Big_Data_Data_Security", "/lessons/lesson7-aws-big-data-data-security");
		assertThat(BookPages.oldPaths("/intro")).containsExactly("/intro");
	}

	@Test
	void onlyWebAndMailAddressesAreOutsideLinks() {
		assertThat(pages.outsideLink(null, "https://example.org/a", "_toc.yml", 3))
			.contains(new CoursePlan.Link("https://example.org/a", "https://example.org/a"));
		assertThat(pages.outsideLink("Run me", "javascript:alert(1)", "_toc.yml", 7)).isEmpty();
		assertThat(problems.sorted()).extracting(ContentProblem::toString)
			.containsExactly("_toc.yml:7: error: External link \"javascript:alert(1)\" must be an http(s) or mailto address");
	}

	@Test
	void theTocFileNamesItsBookFolder() {
		assertThat(LegacyToc.bookOf("courses/big-data/_data/toc.yml")).contains("courses/big-data");
		assertThat(LegacyToc.bookOf("_data/toc.yml")).contains("");
		assertThat(JupyterBookToc.bookOf("handbook/_toc.yml")).contains("handbook");
		assertThat(JupyterBookToc.bookOf("handbook/my_toc.yml")).isEmpty();
	}
}
