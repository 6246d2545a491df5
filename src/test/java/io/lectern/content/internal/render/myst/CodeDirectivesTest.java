package io.lectern.content.internal.render.myst;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CodeDirectivesTest {

	private final Lessons lessons = new Lessons();

	@Test
	void aCodeBlockRendersAsFencedCodeDoesSoHighlightingAndCopyWork() {
		String html = lessons.html("""
				```{code-block} python
				print("hi")
				```
				""");

		assertThat(html).isEqualTo("<pre><code class=\"language-python\">print(&quot;hi&quot;)\n</code></pre>\n");
	}

	@Test
	void theBodyOfCodeIsLiteralEvenWhenItLooksLikeMarkdownOrADirective() {
		String html = lessons.html("""
				````{code} markdown
				# Not a heading
				```{note}
				not a note
				```
				````
				""");

		assertThat(html).contains("# Not a heading\n```{note}\nnot a note\n```\n</code>").doesNotContain("admonition");
	}

	@Test
	void lineNumbersAndEmphasizedLinesGoInAGutterBesideTheCode() {
		String html = lessons.html("""
				```{code-block} sql
				:lineno-start: 7
				:emphasize-lines: 2-3

				SELECT *
				FROM t
				WHERE x
				```
				""");

		assertThat(html).isEqualTo("<pre class=\"code-lines\"><span class=\"line-gutter\" aria-hidden=\"true\"><span>7</span>"
				+ "<span class=\"emphasized\">8</span><span class=\"emphasized\">9</span></span>"
				+ "<code class=\"language-sql\">SELECT *\nFROM t\nWHERE x\n</code></pre>\n");
	}

	@Test
	void aPageThatMustBeSanitizedKeepsOneGutterLinePerLineOfCode() {
		// A picture from another site sends the page through the sanitizer, which dropped the gutter's bare
		// spans: "123" stood beside three lines.
		String html = lessons.html("""
				![A map](https://example.org/map.png)

				```{code} text
				:linenos:

				one
				two
				three
				```
				""");

		assertThat(html).contains("<span class=\"line-gutter\" aria-hidden=\"true\"><span>1</span><span>2</span><span>3</span></span>");
	}

	@Test
	void emphasizedLinesWithoutNumbersLeaveTheGutterBlank() {
		String html = lessons.html("""
				```{code} js
				:emphasize-lines: 1
				a()
				b()
				```
				""");

		assertThat(html).contains("<span class=\"line-gutter line-marks\" aria-hidden=\"true\"><span class=\"emphasized\"></span>"
				+ "<span></span></span>");
	}

	@Test
	void aCaptionedCodeBlockIsANumberedProgramWithItsFileName() {
		String html = lessons.html("""
				```{code-block} yaml
				:caption: A bucket policy
				:filename: policy.yml
				:name: code-policy

				Version: 2012
				```
				""");

		assertThat(html).startsWith("<figure id=\"code-policy\" class=\"code-figure\">\n<figcaption>\n<p><span class=\"caption-number\">"
				+ "Program 1: </span>A bucket policy</p>\n</figcaption>\n<p class=\"code-filename\">policy.yml</p>\n"
				+ "<pre><code class=\"language-yaml\">");
	}

	@Test
	void aFileNameAloneHeadsTheCode() {
		String html = lessons.html("""
				```{code} bash
				:filename: run.sh
				echo hi
				```
				""");

		assertThat(html).isEqualTo("<div class=\"code-file\">\n<p class=\"code-filename\">run.sh</p>\n"
				+ "<pre><code class=\"language-bash\">echo hi\n</code></pre>\n</div>\n");
	}

	@Test
	void aCodeCellIsShownAsANotebookInputThatNeverRan() {
		String html = lessons.html("""
				```{code-cell} ipython3
				import boto3
				```
				""");

		assertThat(html).isEqualTo("<div class=\"notebook-cell code-cell\">\n<p class=\"notebook-prompt\">In [ ]:</p>\n"
				+ "<pre><code class=\"language-python\">import boto3\n</code></pre>\n</div>\n");
	}

	/** Jupyter Book's cell tags on a Markdown notebook's cells, as on a notebook's. */
	@Test
	void aCodeCellsTagsFoldOrRemoveItAsJupyterBookDoes() {
		String html = lessons.html("""
				```{code-cell} python
				:tags: [hide-input]

				from jaxtyping import Float
				```

				```{code-cell} python
				:tags: [remove-cell]
				secret = 1
				```

				```{code-cell} python
				:tags: ["remove-input", "remove-output"]
				quiet = 2
				```
				""");

		assertThat(html).isEqualTo("<div class=\"notebook-cell code-cell\">\n<details class=\"notebook-hidden-input\">\n"
				+ "<summary>Show code</summary>\n<p class=\"notebook-prompt\">In [ ]:</p>\n"
				+ "<pre><code class=\"language-python\">from jaxtyping import Float\n</code></pre>\n</details>\n</div>\n");
	}

	@Test
	void theMathDirectiveIsTypesetAndNumberedLikeDollarMathWithItsLabelAsAnchor() {
		String html = lessons.html("""
				```{math}
				:label: eq-risk
				r = p \\times i
				```

				```{math}
				a < b
				```
				""");

		// As mystmd does, every display equation is numbered, labelled or not.
		assertThat(html).contains("<div class=\"math-display\" id=\"eq-risk\"><math display=\"block\"")
			.contains("<annotation encoding=\"application/x-tex\">r &#61; p \\times i</annotation></semantics></math>"
					+ "<span class=\"equation-number\">(1)</span></div>")
			.contains("<annotation encoding=\"application/x-tex\">a &lt; b</annotation></semantics></math>"
					+ "<span class=\"equation-number\">(2)</span></div>");
	}
}
