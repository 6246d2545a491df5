package io.lectern.content;

import static org.assertj.core.api.Assertions.assertThat;

import io.lectern.authoring.ContentProblem;
import io.lectern.authoring.CourseSlug;
import io.lectern.authoring.LessonSlug;
import io.lectern.content.internal.load.LoadResult;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a myst.yml project gives its pages' references: its BibTeX for citations, its numbering, its glossaries. */
class MystProjectReferencesTest {

	private static final String BIBTEX = """
			@article{cockett2015,
			  title = {{SimPEG}: An open source framework},
			  author = {Cockett, Rowan and Kang, Seogi},
			  journal = {Computers \\& Geosciences},
			  year = 2015,
			  doi = {10.1016/j.cageo.2015.09.015}
			}
			@book{knuth1984,
			  title = {The {\\TeX}book},
			  author = {Donald Knuth},
			  publisher = {Addison-Wesley},
			  year = 1984,
			  url = {https://example.org/texbook}
			}
			@misc{evil,
			  title = {<script>alert(1)</script>},
			  author = {<img src=x onerror=alert(1)>},
			  year = 2020,
			  url = {javascript:alert(1)}
			}
			""";

	@TempDir
	Path dir;

	private ContentFolder project(String page) {
		return new ContentFolder(dir).file("book/myst.yml", "project:\n  bibliography: [refs.bib]\n")
			.file("book/refs.bib", BIBTEX)
			.lesson("book/index.md", "Index", page);
	}

	/**
	 * mystmd's bracketed citations are parenthetical, as {cite:p}; a DOI, or its address, cites the
	 * entry that has it (Project Pythia cites Jupyter's papers so).
	 */
	@Test
	void bracketedCitationsAreParentheticalAndADoiCitesItsEntry() {
		String html = project("""
				Simulation [@cockett2015] and typesetting [@knuth1984; @cockett2015] are old,
				as [@https://doi.org/10.1016/j.cageo.2015.09.015] and @10.1016/j.cageo.2015.09.015 show.
				""").catalog().lesson(CourseSlug.of("book"), LessonSlug.of("index")).orElseThrow().html();

		assertThat(html).contains("Simulation (<a href=\"#ref-cockett2015\" class=\"reference\">Cockett and Kang, 2015</a>) "
				+ "and typesetting (<a href=\"#ref-knuth1984\" class=\"reference\">Knuth, 1984</a>; "
				+ "<a href=\"#ref-cockett2015\" class=\"reference\">Cockett and Kang, 2015</a>) are old,")
			.contains("as (<a href=\"#ref-cockett2015\" class=\"reference\">Cockett and Kang, 2015</a>) and "
				+ "<a href=\"#ref-cockett2015\" class=\"reference\">Cockett and Kang (2015)</a> show.")
			.doesNotContain("[@");
	}

	@Test
	void aBracketedKeyThatIsALabelIsAReferenceToItsBlock() {
		LoadResult result = project("""
				```{figure} sunset.png
				:label: sunset-figure
				A sunset.
				```

				The new figure [@sunset-figure] glows.
				""").file("book/sunset.png", "not really a picture").load();

		assertThat(result.problems()).isEmpty();
		assertThat(result.catalog().lesson(CourseSlug.of("book"), LessonSlug.of("index")).orElseThrow().html())
			.contains("The new figure (<a href=\"#sunset-figure\" class=\"reference\">Figure 1</a>) glows.");
	}

	@Test
	void aCitationLinksToTheListOfReferencesAtTheEndOfTheLesson() {
		String html = project("As {cite}`cockett2015,knuth1984` show, and @knuth1984 again.\n").catalog()
			.lesson(CourseSlug.of("book"), LessonSlug.of("index")).orElseThrow().html();

		assertThat(html).contains("As (<a href=\"#ref-cockett2015\" class=\"reference\">Cockett and Kang, 2015</a>; "
				+ "<a href=\"#ref-knuth1984\" class=\"reference\">Knuth, 1984</a>) show, and "
				+ "<a href=\"#ref-knuth1984\" class=\"reference\">Knuth (1984)</a> again.");
		assertThat(html.substring(html.indexOf("<section class=\"references\">")))
			.contains("<h2>References</h2>")
			.contains("<li id=\"ref-cockett2015\">Rowan Cockett, Seogi Kang (2015). <cite>SimPEG: An open source framework</cite>. "
					+ "<em>Computers &amp; Geosciences</em>. <a href=\"https://doi.org/10.1016/j.cageo.2015.09.015\">")
			.contains("<li id=\"ref-knuth1984\">Donald Knuth (1984). ")
			.contains("<em>Addison-Wesley</em>. <a href=\"https://example.org/texbook\">")
			.endsWith("</ol></section>");
	}

	@Test
	void aKeyTheBibliographyDoesNotHoldIsReportedAndNoListIsAdded() {
		LoadResult result = project("See {cite}`nobody1999`.\n").load();

		assertThat(result.problems()).extracting(ContentProblem::message)
			.containsExactly("Citation \"nobody1999\" is in no bibliography of the course");
		assertThat(result.catalog().lesson(CourseSlug.of("book"), LessonSlug.of("index")).orElseThrow().html()).contains("See (nobody1999).")
			.doesNotContain("references");
	}

	@Test
	void anEntryCannotWriteMarkupNorLinkOutsideTheWeb() {
		String html = project("See {cite}`evil`.\n").catalog().lesson(CourseSlug.of("book"), LessonSlug.of("index")).orElseThrow().html();

		assertThat(html).doesNotContain("<script", "<img", "javascript:")
			.contains("&lt;script&gt;alert(1)&lt;/script&gt;")
			.contains("<li id=\"ref-evil\">&lt;img src&#61;x onerror&#61;alert(1)&gt; (2020). ");
	}

	@Test
	void thePageNumberingGoesOverTheProjects() {
		String figure = """
				```{figure} chart.png
				:name: fig-%1$s
				A chart.
				```

				See {numref}`fig-%1$s`.
				""";
		LoadResult result = new ContentFolder(dir)
			.file("book/myst.yml", "project:\n  numbering:\n    figure: false\n  toc:\n    - file: plain.md\n    - file: own.md\n")
			.file("book/chart.png", "png")
			.lesson("book/plain.md", "Plain", figure.formatted("plain"))
			.file("book/own.md", "---\ntitle: Own\nnumbering:\n  figure: true\n---\n" + figure.formatted("own"))
			.load();

		assertThat(result.catalog().lesson(CourseSlug.of("book"), LessonSlug.of("plain")).orElseThrow().html()).doesNotContain("caption-number")
			.contains("<a href=\"#fig-plain\" class=\"reference\">Figure ??</a>");
		assertThat(result.catalog().lesson(CourseSlug.of("book"), LessonSlug.of("own")).orElseThrow().html())
			.contains("<span class=\"caption-number\">Figure 1: </span>")
			.contains("<a href=\"#fig-own\" class=\"reference\">Figure 1</a>");
		assertThat(result.problems()).extracting(ContentProblem::file).containsExactly("book/plain.md");
	}

	@Test
	void aTermReachesTheGlossaryOfAnotherLessonWithoutWarning() {
		LoadResult result = new ContentFolder(dir)
			.file("book/myst.yml", "project:\n  toc:\n    - file: glossary.md\n    - file: text.md\n")
			.lesson("book/glossary.md", "Glossary", "```{glossary}\nIAM role\n  An identity with permissions.\n```\n")
			.lesson("book/text.md", "Text", "Assume an {term}`IAM role`, or {term}`a role <IAM role>`.\n")
			.load();

		assertThat(result.problems()).isEmpty();
		assertThat(result.catalog().lesson(CourseSlug.of("book"), LessonSlug.of("glossary")).orElseThrow().html()).contains("<dt id=\"term-iam-role\">IAM role</dt>");
		assertThat(result.catalog().lesson(CourseSlug.of("book"), LessonSlug.of("text")).orElseThrow().html())
			.contains("Assume an <a href=\"/courses/book/glossary#term-iam-role\" class=\"reference\">IAM role</a>, or "
					+ "<a href=\"/courses/book/glossary#term-iam-role\" class=\"reference\">a role</a>.");
	}

	@Test
	void anXrefLinkLeadsIntoTheOtherSiteTheProjectNamesUnderReferences() {
		ContentFolder folder = new ContentFolder(dir)
			.file("book/myst.yml", "project:\n  references:\n    guide: https://mystmd.org/guide/\n")
			.lesson("book/index.md", "Index", """
					Read [the guide](xref:guide), its <xref:guide/figures#subfigures> and [](xref:guide/glossaries).

					A [lost link](xref:nowhere/page) and <xref:spec>.
					""");
		LoadResult load = folder.load();
		String html = load.catalog().lesson(CourseSlug.of("book"), LessonSlug.of("index")).orElseThrow().html();

		assertThat(html).contains("<a href=\"https://mystmd.org/guide\">the guide</a>",
				"<a href=\"https://mystmd.org/guide/figures#subfigures\">https://mystmd.org/guide/figures#subfigures</a>",
				"<a href=\"https://mystmd.org/guide/glossaries\">https://mystmd.org/guide/glossaries</a>",
				"A lost link and spec.");
		assertThat(load.problems()).extracting(ContentProblem::toString).containsExactly(
				"book/index.md:6: warning: Link to another MyST site \"xref:nowhere/page\" that the project does not name under references in myst.yml: shown as text",
				"book/index.md:6: warning: Link to another MyST site \"xref:spec\" that the project does not name under references in myst.yml: shown as text");
	}
}
