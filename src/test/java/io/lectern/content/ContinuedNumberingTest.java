package io.lectern.content;

import static org.assertj.core.api.Assertions.assertThat;

import io.lectern.authoring.CourseSlug;
import io.lectern.authoring.LessonSlug;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * mystmd's {@code continue}: a kind whose count continues carries on from where the page before it
 * in the table of contents left it, instead of starting again at 1; a page's own {@code start} wins,
 * and kinds that do not continue start again. The project below writes the kinds as mystmd's
 * validator also reads them: {@code figures} for {@code figure}, {@code continue} as the whole value.
 */
class ContinuedNumberingTest {

	private static final String MYST = """
			version: 1
			project:
			  title: Optics
			  numbering:
			    figures:
			      continue: true
			    equation: continue
			  toc:
			    - file: light.md
			    - file: lenses.md
			    - file: mirrors.md
			""";

	private static ContentFolder optics(Path dir, String mirrorsFrontMatter) {
		return new ContentFolder(dir).file("optics/myst.yml", MYST)
			.file("optics/light.md", """
					---
					title: Light
					---

					```{figure} prism.png
					:label: prism
					A prism splits white light.
					```

					```{figure} wave.png
					A wave.
					```

					$$ c = \\lambda f $$ (speed)

					| a | b |
					|---|---|
					| 1 | 2 |
					""")
			.file("optics/lenses.md", """
					---
					title: Lenses
					---

					```{figure} lens.png
					:label: lens
					A converging lens.
					```

					$$ \\frac{1}{f} = \\frac{1}{u} + \\frac{1}{v} $$ (thin-lens)

					```{table} Focal lengths
					:label: focal
					| lens | f |
					|---|---|
					| a | 1 |
					```

					The prism is [](#prism), the lens [](#lens), the law {eq}`thin-lens`, the table [](#focal).
					""")
			.file("optics/mirrors.md", mirrorsFrontMatter + """

					```{figure} mirror.png
					:label: mirror
					A concave mirror.
					```

					$$ \\frac{1}{f} = \\frac{2}{R} $$ (mirror-law)
					""")
			.file("optics/prism.png", "png").file("optics/wave.png", "png").file("optics/lens.png", "png")
			.file("optics/mirror.png", "png");
	}

	private static String html(Catalog catalog, String lesson) {
		return catalog.lesson(CourseSlug.of("optics"), LessonSlug.of(lesson)).orElseThrow().html();
	}

	@Test
	void figuresAndEquationsCarryOnFromThePageBeforeWhileTablesStartAgain(@TempDir Path dir) {
		Catalog catalog = optics(dir, "---\ntitle: Mirrors\n---").catalog();

		assertThat(html(catalog, "lenses")).contains("<span class=\"caption-number\">Figure 3: </span>A converging lens.")
			.contains("<span class=\"equation-number\">(2)</span>")
			.contains("<span class=\"caption-number\">Table 1: </span>Focal lengths")
			.contains("The prism is <a href=\"/courses/optics/light#prism\" class=\"reference\">Figure 1</a>, "
					+ "the lens <a href=\"#lens\" class=\"reference\">Figure 3</a>, "
					+ "the law <a href=\"#thin-lens\" class=\"reference\">(2)</a>, "
					+ "the table <a href=\"#focal\" class=\"reference\">Table 1</a>.");
		// A chain of pages counts on: the third page follows the second's counts.
		assertThat(html(catalog, "mirrors")).contains("Figure 4: </span>A concave mirror.")
			.contains("<span class=\"equation-number\">(3)</span>");
	}

	/** What a page includes is on its page, so the page after it counts on after those blocks too. */
	@Test
	void figuresAndEquationsThatThePageBeforeOnlyIncludesAreCountedToo(@TempDir Path dir) {
		Catalog catalog = new ContentFolder(dir).file("optics/myst.yml", MYST.replace("    - file: mirrors.md\n", ""))
			.file("optics/light.md", """
					---
					title: Light
					---

					```{figure} prism.png
					A prism splits white light.
					```

					```{include} parts/waves.md
					```
					""")
			.file("optics/parts/waves.md", """
					```{figure} wave.png
					A wave.
					```

					$$ c = \\lambda f $$ (speed)
					""")
			.file("optics/lenses.md", "---\ntitle: Lenses\n---\n\n```{figure} lens.png\nA lens.\n```\n\n$$ P = 1/f $$\n")
			.file("optics/prism.png", "png").file("optics/wave.png", "png").file("optics/lens.png", "png")
			.catalog();

		assertThat(html(catalog, "light")).contains("Figure 2: </span>A wave.").contains("<span class=\"equation-number\">(1)</span>");
		assertThat(html(catalog, "lenses")).contains("Figure 3: </span>A lens.")
			.contains("<span class=\"equation-number\">(2)</span>");
	}

	@Test
	void aPagesOwnStartWinsAndAPageThatDoesNotContinueStartsAgain(@TempDir Path dir) {
		Catalog started = optics(dir.resolve("a"), "---\ntitle: Mirrors\nnumbering:\n  figure:\n    start: 10\n---").catalog();
		assertThat(html(started, "mirrors")).contains("Figure 10: </span>A concave mirror.")
			.contains("<span class=\"equation-number\">(3)</span>");

		Catalog restarted = optics(dir.resolve("b"), "---\ntitle: Mirrors\nnumbering:\n  figure:\n    continue: false\n"
				+ "  equation:\n    continue: false\n---").catalog();
		assertThat(html(restarted, "mirrors")).contains("Figure 1: </span>A concave mirror.")
			.contains("<span class=\"equation-number\">(1)</span>");
	}
}
