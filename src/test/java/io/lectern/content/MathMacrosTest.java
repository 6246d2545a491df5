package io.lectern.content;

import static org.assertj.core.api.Assertions.assertThat;

import io.lectern.authoring.CourseSlug;
import io.lectern.authoring.LessonSlug;
import io.lectern.content.internal.load.LoadResult;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** mystmd's {@code math:} macros, from a project's {@code myst.yml} and a page's front matter. */
class MathMacrosTest {

	private static final String PROJECT = """
			version: 1
			project:
			  title: Numerical analysis
			  math:
			    '\\dd': '\\mathrm{d}'
			    '\\R': '\\mathbb{R}'
			  toc:
			    - file: index.md
			    - file: calculus.md
			""";

	private static final String CALCULUS = """
			---
			title: Calculus
			math:
			  '\\pder': '\\frac{\\partial #1}{\\partial #2}'
			  '\\R':
			    macro: '\\mathcal{R}'
			    description: the residual
			---

			Let $u \\in \\R$, then $\\pder{u}{x} \\dd x$.
			""";

	private LoadResult load(Path dir) {
		return new ContentFolder(dir).file("numa/myst.yml", PROJECT)
			.lesson("numa/index.md", "Welcome", "On $\\R$ with $\\dd t$.")
			.file("numa/calculus.md", CALCULUS)
			.load();
	}

	@Test
	void theProjectsMacrosExpandOnEveryPage(@TempDir Path dir) {
		LoadResult result = load(dir);

		assertThat(result.problems()).isEmpty();
		String html = result.catalog().lesson(CourseSlug.of("numa"), LessonSlug.of("index")).orElseThrow().html();
		assertThat(html).contains("<mi mathvariant=\"normal\">d</mi>").contains("ℝ").doesNotContain("math-error");
	}

	@Test
	void aPagesMacrosTakeArgumentsAndWinOverTheProjects(@TempDir Path dir) {
		String html = load(dir).catalog().lesson(CourseSlug.of("numa"), LessonSlug.of("calculus")).orElseThrow().html();

		assertThat(html).doesNotContain("math-error").contains("<mfrac><mrow><mi>∂</mi><mi>u</mi></mrow>")
			.contains("<mi mathvariant=\"normal\">d</mi>").doesNotContain("ℝ");
	}

	@Test
	void aJupyterBookReadsTheMathJaxMacrosOfItsConfig(@TempDir Path dir) {
		LoadResult result = new ContentFolder(dir).file("book/_config.yml", """
				title: Computational modelling
				sphinx:
				  config:
				    mathjax3_config:
				      tex:
				        macros:
				          "N": "\\\\mathbb{N}"
				          "floor": ["\\\\lfloor#1\\\\rfloor", 1]
				""")
			.file("book/_toc.yml", "format: jb-book\nroot: intro\n")
			.lesson("book/intro.md", "Intro", "Take $\\floor{x} \\in \\N$.")
			.load();

		assertThat(result.problems()).isEmpty();
		assertThat(result.catalog().lesson(CourseSlug.of("book"), LessonSlug.of("intro")).orElseThrow().html()).contains("⌊").contains("ℕ")
			.doesNotContain("math-error");
	}

	/** As mystmd does since 1.2: a course keeps its macros in one file that every page includes. */
	@Test
	void theMacrosOfAnIncludedFileServeThePageThatIncludesItAndWinOverItsOwn(@TempDir Path dir) {
		LoadResult result = new ContentFolder(dir).file("notes/math.md", "---\nmath:\n  '\\half': '\\frac{1}{2}'\n"
				+ "  '\\R': '\\mathbb{R}'\n---\n")
			.file("notes/course.yml", "title: Notes\nlessons: [energy.md]\n")
			.file("notes/energy.md", "---\ntitle: Energy\nmath:\n  '\\R': '\\mathcal{R}'\n---\n"
					+ "```{include} math.md\n```\n\nKinetic energy is $\\half m v^2$ on $\\R$.\n")
			.load();

		assertThat(result.problems()).isEmpty();
		String html = result.catalog().lesson(CourseSlug.of("notes"), LessonSlug.of("energy")).orElseThrow().html();
		assertThat(html).doesNotContain("math-error").doesNotContain("math:")
			.contains("<mfrac><mn>1</mn><mn>2</mn></mfrac>").contains("ℝ");
	}
}
