package io.lectern.content;

import static org.assertj.core.api.Assertions.assertThat;

import io.lectern.authoring.CourseSlug;
import io.lectern.authoring.LessonSlug;
import io.lectern.content.internal.load.LoadResult;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Jupyter Book 1's references page: a {@code {bibliography}} directive (sphinxcontrib-bibtex) that
 * lists, where it stands, the entries the book cites on any page, or all of them.
 */
class BibliographyDirectiveTest {

	private static final String ENTRIES = """
			@book{sargent2018, title={Recursive Macroeconomic Theory}, author={Ljungqvist, Lars and Sargent, Thomas J.},
			  publisher={MIT Press}, year={2018}}
			@article{bellman1957, title={A Markovian Decision Process}, author={Bellman, Richard},
			  journal={Journal of Mathematics and Mechanics}, year={1957}}
			@book{never, title={Never Cited}, author={Zed, Zoe}, year={2001}}
			""";

	@TempDir
	Path dir;

	private LoadResult book(String referencesPage) {
		return new ContentFolder(dir).file("econ/_config.yml", "title: Econ\nbibtex_bibfiles:\n  - references.bib\n")
			.file("econ/_toc.yml", "format: jb-book\nroot: intro\nchapters:\n  - file: dp\n  - file: zreferences\n")
			.file("econ/references.bib", ENTRIES)
			.lesson("econ/intro.md", "Intro", "As {cite}`sargent2018` shows.")
			.lesson("econ/dp.md", "Dynamic programming", "Bellman's equation {cite:p}`bellman1957`, see @sargent2018.")
			.file("econ/zreferences.md", referencesPage)
			.load();
	}

	private String page(LoadResult result, String slug) {
		return result.catalog().lesson(CourseSlug.of("econ"), LessonSlug.of(slug)).orElseThrow().html();
	}

	@Test
	void theReferencesPageListsEveryEntryTheBookCitesByAuthorThenYear() {
		LoadResult result = book("""
				(references)=
				# References

				```{bibliography} references.bib
				```
				""");

		assertThat(result.problems()).isEmpty();
		String references = page(result, "zreferences");
		assertThat(references).contains("<ol class=\"references\"><li id=\"ref-bellman1957\">Richard Bellman (1957). "
				+ "<cite>A Markovian Decision Process</cite>. <em>Journal of Mathematics and Mechanics</em>. </li>"
				+ "<li id=\"ref-sargent2018\">Lars Ljungqvist, Thomas J. Sargent (2018).")
			.doesNotContain("Never Cited")
			.doesNotContain("<h2>References</h2>");
		// The pages that cite keep their own lists.
		assertThat(page(result, "dp")).contains("<h2>References</h2>").contains("id=\"ref-bellman1957\"");
	}

	@Test
	void allAndNotCitedListEveryEntryAndThoseNoPageCites() {
		String all = page(book("# References\n\n```{bibliography}\n:all:\n```\n"), "zreferences");
		String notCited = page(book("# References\n\n:::{bibliography}\n:filter: not cited\n:::\n"), "zreferences");

		assertThat(all).contains("id=\"ref-bellman1957\"").contains("id=\"ref-sargent2018\"").contains("id=\"ref-never\"");
		assertThat(notCited).contains("id=\"ref-never\"").doesNotContain("ref-bellman1957").doesNotContain("ref-sargent2018");
	}

	@Test
	void aPageThatCitesAndListsLinksItsCitationsToItsOwnListAndAddsNoSecond() {
		String page = page(book("# References\n\nThe classic is {cite}`bellman1957`.\n\n```{bibliography}\n```\n"), "zreferences");

		assertThat(page).contains("<a href=\"#ref-bellman1957\"")
			.doesNotContain("<h2>References</h2>")
			.containsOnlyOnce("id=\"ref-bellman1957\"");
	}
}
