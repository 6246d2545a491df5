package io.lectern.content.internal.render.myst;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** mystmd's {@code myst} directive: the MyST it holds, as source and as what it makes. */
class MystDemoTest {

	private final Lessons lessons = new Lessons();

	@Test
	void theBodyShowsAsMarkdownSourceAndThenRendered() {
		String html = lessons.html("""
				````{myst}
				:::{tip}
				Rotate *every* key.
				:::
				````
				""");

		assertThat(html).startsWith("<div class=\"myst-demo\">")
			.containsSubsequence("language-markdown", ":::{tip}\nRotate *every* key.\n:::",
					"<div class=\"myst-demo-result\">", "<div class=\"admonition admonition-tip\"",
					"<p>Rotate <em>every</em> key.</p>");
		assertThat(lessons.warnings).isEmpty();
	}

	@Test
	void aFrontMatterBlockIsInTheSourceButNotTheResult() {
		String html = lessons.html("""
				```{myst}

				---
				abbreviations:
				  HR: Heart Rate
				---

				Check your HR.
				```
				""");

		assertThat(html).contains("abbreviations:")
			.contains("<div class=\"myst-demo-result\">\n<p>Check your <abbr title=\"Heart Rate\">HR</abbr>.</p>\n</div>")
			.doesNotContain("<h2").doesNotContain("<hr");
	}

	@Test
	void theMathMacrosOfItsFrontMatterServeItsFormulas() {
		String html = lessons.html("""
				```{myst}

				---
				math:
				  '\\dobs': '\\mathbf{d}_\\text{obs}'
				  '\\dpred': '\\mathbf{d}_\\text{pred}\\left( #1 \\right)'
				---

				The residual is $\\dpred{m}$ minus $\\dobs$.
				```
				""");

		assertThat(lessons.warnings).isEmpty();
		assertThat(html).contains("<mtext>pred</mtext>").contains("<mtext>obs</mtext>");
	}

	@Test
	void theHeadingsADemoMakesAreExamplesNotSectionsOfThePage() {
		String html = lessons.html("""
				## Numbering

				````{myst}
				# My Chapter

				## My Section
				````

				## After the demo
				""");

		assertThat(html).containsSubsequence("<h2 id=\"numbering\">", "<p class=\"myst-demo-heading myst-demo-h1\">My Chapter</p>",
				"<p class=\"myst-demo-heading myst-demo-h2\">My Section</p>", "<h2 id=\"after-the-demo\">")
			.doesNotContain("<h1").doesNotContain("id=\"my-section\"");
	}

	@Test
	void problemsInTheResultAreReportedAtTheirLineAfterTheFrontMatter() {
		lessons.html("""
				Text.

				```{myst}

				---
				numbering:
				  heading_2: true
				---

				See {term}`nowhere`.
				```
				""");

		assertThat(lessons.warnings).singleElement().asString().startsWith("10: ");
	}
}
