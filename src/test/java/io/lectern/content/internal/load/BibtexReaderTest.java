package io.lectern.content.internal.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.lectern.authoring.ContentProblem;
import io.lectern.authoring.Problems;
import io.lectern.content.Bibliography;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** BibTeX as reference managers export it, read into entries a citation can name. */
class BibtexReaderTest {

	private final Problems problems = new Problems();

	private Map<String, Bibliography.Entry> read(String bib) {
		return BibtexReader.read(bib, "refs.bib", problems);
	}

	@Test
	void readsBracedQuotedAndNumericValuesWithAuthorsInEitherOrder() {
		Bibliography.Entry entry = read("""
				@Article{heagy2017,
				  author    = {Heagy, Lindsey J. and Rowan Cockett},
				  title     = "A framework for simulation and inversion in {electromagnetics}",
				  journal   = {Computers {\\&} Geosciences},
				  year      = 2017,
				  pages     = {9--19},
				  url       = {https://example.org/~heagy/em},
				}
				""").get("heagy2017");

		assertThat(problems.count()).isZero();
		assertThat(entry.type()).isEqualTo("article");
		assertThat(entry.title()).isEqualTo("A framework for simulation and inversion in electromagnetics");
		assertThat(entry.authors()).containsExactly("Lindsey J. Heagy", "Rowan Cockett");
		assertThat(entry.venue()).isEqualTo("Computers & Geosciences");
		assertThat(entry.year()).isEqualTo("2017");
		assertThat(entry.field("pages")).isEqualTo("9\u201319");
		assertThat(entry.url()).isEqualTo("https://example.org/~heagy/em");
	}

	/** NumPy's paper as Project Pythia's references.bib has it, and LaTeX's other accents and letters. */
	@Test
	void latexAccentsAndLettersAreTheLettersTheyStandFor() {
		Bibliography.Entry entry = read("""
				@article{harris2020array,
				  author = {St{\\'{e}}fan J. van der Walt and Jaime Fern{\\'{a}}ndez del R{\\'{i}}o and
				            Pierre G{\\'{e}}rard-Marchant and Kurt G\\"{o}del and Paul Erd\\H{o}s and
				            Fran\\c{c}ois {\\v S}t{\\^e}p{\\`a}nek and Carl Frie{\\ss} and S{\\o}ren {\\L}ukasiewicz and Jos{\\'\\i} Nu\\~{n}ez},
				  title = {Array programming with {NumPy}},
				  year = {2020}
				}
				""").get("harris2020array");

		assertThat(entry.authors()).containsExactly("Stéfan J. van der Walt", "Jaime Fernández del Río",
				"Pierre Gérard-Marchant", "Kurt Gödel", "Paul Erdős", "François Štêpànek", "Carl Frieß", "Søren Łukasiewicz",
				"Josí Nuñez");
	}

	@Test
	void stringMacrosAndConcatenationAreExpandedAndCommentsSkipped() {
		Map<String, Bibliography.Entry> entries = read("""
				% exported by a reference manager
				@comment{this {is} ignored}
				@string{procs = "Proceedings of the"}
				@preamble{"\\newcommand{\\noop}[1]{}"}
				@inproceedings(lee2020,
				  title = {Roles},
				  booktitle = procs # " Workshop on Access",
				  year = {2020})
				""");

		assertThat(problems.count()).isZero();
		assertThat(entries).containsOnlyKeys("lee2020");
		assertThat(entries.get("lee2020").venue()).isEqualTo("Proceedings of the Workshop on Access");
	}

	@Test
	void aBrokenEntryIsAWarningAtItsLineAndTheNextStillReads() {
		Map<String, Bibliography.Entry> entries = read("""
				@book{first,
				  title = {Unclosed
				@misc{second, title = {Fine}}
				@misc{second, title = {Again}}
				""");

		assertThat(problems.sorted()).extracting(ContentProblem::toString)
			.containsExactly("refs.bib:1: warning: BibTeX entry not read: a \"{\" is not closed",
					"refs.bib:4: warning: BibTeX key \"second\" is used twice; the first entry is kept");
		assertThat(entries.get("second").title()).isEqualTo("Fine");
		assertThat(problems.sorted()).allMatch(problem -> problem.level() == ContentProblem.Level.WARNING);
	}
}
