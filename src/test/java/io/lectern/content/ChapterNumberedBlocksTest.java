package io.lectern.content;

import static org.assertj.core.api.Assertions.assertThat;

import io.lectern.authoring.CourseSlug;
import io.lectern.authoring.LessonSlug;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Jupyter Book 1 numbers its figures, equations, theorems and exercises with Sphinx's numfig,
 * which Jupyter Book turns on: one count of each kind through the whole book in the table of
 * contents' order, and in a numbered book one count for each chapter, whose number comes first
 * ("(4.1)", "Theorem 4.2", "Exercise 4.1"), as QuantEcon's lectures read.
 */
class ChapterNumberedBlocksTest {

	private static final String CHAPTER = """
			# %s

			$$ x_{t+1} = A x_t $$ (%s-law)

			```{prf:theorem}
			:label: %s-thm
			Every chain has a stationary distribution.
			```

			```{exercise}
			:label: %s-ex
			Find it.
			```
			""";

	@TempDir
	Path dir;

	private ContentFolder book(String toc, String config) {
		return new ContentFolder(dir).file("book/_toc.yml", toc)
			.file("book/_config.yml", "title: Chains\n" + config)
			.file("book/intro.md", "# Welcome\n\nSee {eq}`markov-law`, {prf:ref}`ergodic-thm` and {ref}`ergodic-ex`.\n\n"
					+ "```{figure} map.png\n:name: fig-map\nThe map.\n```\n")
			.file("book/map.png", "not really a picture")
			.file("book/markov.md", CHAPTER.formatted("Markov chains", "markov", "markov", "markov"))
			.file("book/ergodic.md", CHAPTER.formatted("Ergodicity", "ergodic", "ergodic", "ergodic"))
			.file("book/mixing.md", CHAPTER.formatted("Mixing", "mixing", "mixing", "mixing")
					+ "\n```{figure} map.png\n:name: fig-mixing\nMixing, mapped.\n```\n");
	}

	private static String page(Catalog catalog, String slug) {
		return catalog.lesson(CourseSlug.of("book"), LessonSlug.of(slug)).orElseThrow().html();
	}

	@Test
	void aNumberedBookPrefixesEachBlockWithItsChapterAndCountsOnThroughTheChaptersPages() {
		Catalog catalog = book("""
				format: jb-book
				root: intro
				parts:
				  - caption: Chains
				    numbered: true
				    chapters:
				      - file: markov
				      - file: ergodic
				        sections:
				          - file: mixing
				""", "").catalog();

		assertThat(page(catalog, "markov")).contains("(1.1)").contains("Theorem 1.1").contains("Exercise 1.1");
		assertThat(page(catalog, "ergodic")).contains("(2.1)").contains("Theorem 2.1").contains("Exercise 2.1");
		// Section 2.1 of the book is in chapter 2: its blocks carry on chapter 2's counts.
		assertThat(page(catalog, "mixing")).contains("(2.2)").contains("Theorem 2.2").contains("Exercise 2.2")
			.contains("Figure 2.1");
		// The welcome page has no number: its figure is the book's first without a chapter.
		assertThat(page(catalog, "intro")).contains("Figure 1")
			.contains(">(1.1)</a>").contains(">Theorem 2.1</a>").contains(">Exercise 2.1</a>");
	}

	@Test
	void aBookWithoutNumberedChaptersCountsEachKindThroughTheWholeBook() {
		Catalog catalog = book("""
				format: jb-book
				root: intro
				chapters:
				  - file: markov
				  - file: ergodic
				  - file: mixing
				""", "").catalog();

		assertThat(page(catalog, "markov")).contains("(1)").contains("Theorem 1").contains("Exercise 1");
		assertThat(page(catalog, "ergodic")).contains("(2)").contains("Theorem 2").contains("Exercise 2");
		assertThat(page(catalog, "mixing")).contains("(3)").contains("Theorem 3").contains("Exercise 3").contains("Figure 2");
	}

	@Test
	void numfigTurnedOffNumbersEachPageOnItsOwn() {
		Catalog catalog = book("""
				format: jb-book
				root: intro
				chapters:
				  - file: markov
				  - file: ergodic
				""", "sphinx:\n  config:\n    numfig: false\n").catalog();

		assertThat(page(catalog, "ergodic")).contains("(1)").contains("Theorem 1").contains("Exercise 1");
	}

	@Test
	void aNumberedReferenceToAPagesTitleReadsItsSectionNumberAndARefItsTitle() {
		Catalog catalog = book("""
				format: jb-book
				root: intro
				parts:
				  - caption: Chains
				    numbered: true
				    chapters:
				      - file: markov
				      - file: ergodic
				        sections:
				          - file: mixing
				""", "").file("book/mixing.md", """
					(sec-mixing)=
					# Mixing

					(sec-rates)=
					## Rates

					Fast.
					""")
			.file("book/intro.md", "# Welcome\n\nSee {numref}`sec-mixing`, {ref}`sec-mixing` and {numref}`sec-rates`.\n")
			.catalog();

		assertThat(page(catalog, "intro")).contains(">Section 2.1</a>, ").contains(">Mixing</a> and ")
			.contains(">Section 2.1.1</a>.");
	}

	@Test
	void kindsThatSphinxProofCountsTogetherShareOneCount() {
		Catalog catalog = book("""
				format: jb-book
				root: intro
				chapters:
				  - file: markov
				""", """
				sphinx:
				  config:
				    prf_realtyp_to_countertyp:
				      theorem: theorem
				      notation: theorem
				      example: theorem
				""").file("book/markov.md", """
					# Markov chains

					```{prf:theorem}
					First.
					```

					```{prf:notation}
					Second.
					```

					```{prf:example}
					Third.
					```

					```{prf:lemma}
					Its own count.
					```
					""").file("book/intro.md", "# Welcome\n").catalog();

		assertThat(page(catalog, "markov")).contains("Theorem 1").contains("Notation 2").contains("Example 3").contains("Lemma 1");
	}
}
