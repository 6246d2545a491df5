package io.lectern.content.internal.render.myst;

import static org.assertj.core.api.Assertions.assertThat;

import io.lectern.content.internal.render.MarkdownRenderer;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DirectiveParsingTest {

	private final Lessons lessons = new Lessons();

	@Test
	void backtickColonAndTildeFencesAllOpenADirective() {
		String html = lessons.html("""
				```{note}
				By backticks.
				```

				:::{note}
				By colons.
				:::

				~~~{note}
				By tildes.
				~~~
				""");

		assertThat(html.split("admonition-note", -1)).hasSize(4);
		assertThat(html).contains("<p>By backticks.</p>", "<p>By colons.</p>", "<p>By tildes.</p>");
	}

	/** As mystmd reads an opening fence: spaces inside the braces, an argument straight after them, attributes beside the name. */
	@Test
	void theOpeningFenceIsReadAsMystmdReadsItsBraces() {
		String html = lessons.html("""
				:::{tip}For Windows users
				Use the Anaconda prompt.
				:::

				:::{ note } Spaced
				Spaced out.
				:::

				:::{note icon=false} Time to learn
				One hour.
				:::

				:::{tip .dropdown} Set up first
				Install it.
				:::

				:::{exercise #ex-setup} Set up
				Install it yourself.
				:::

				See [](#ex-setup).
				""");

		assertThat(html).doesNotContain(":::").doesNotContain("{tip}").doesNotContain("icon=false")
			.containsSubsequence("admonition-tip", "For Windows users", "<p>Use the Anaconda prompt.</p>")
			.containsSubsequence("admonition-note", "Spaced", "<p>Spaced out.</p>")
			.containsSubsequence("admonition-note", "Time to learn", "<p>One hour.</p>")
			.containsSubsequence("<details class=\"admonition admonition-tip dropdown\">", "Set up first", "<p>Install it.</p>", "</details>")
			.contains("id=\"ex-setup\"").contains("href=\"#ex-setup\"");
	}

	@Test
	void aLongerOuterFenceHoldsDirectivesWithShorterFences() {
		String html = lessons.html("""
				::::{important}
				:::{tip}
				Inner tip.
				:::
				Still important.
				::::
				""");

		assertThat(html).containsSubsequence("admonition-important", "admonition-tip", "<p>Inner tip.</p>", "</div>",
				"<p>Still important.</p>", "</div>");
	}

	@Test
	void aClosingFenceMayBeLongerButNotShorterThanTheOpeningOne() {
		String html = lessons.html("""
				````{note}
				```
				plain code inside
				```
				`````
				After.
				""");

		assertThat(html).contains("<pre><code>plain code inside\n</code></pre>").contains("<p>After.</p>");
	}

	@Test
	void optionLinesAndAYamlBlockAreBothReadAsOptions() {
		String byLines = lessons.html("""
				```{code-block} python
				:lineno-start: 10

				x = 1
				```
				""");
		String byYaml = lessons.html("""
				```{code-block} python
				---
				lineno-start: 10
				---
				x = 1
				```
				""");

		assertThat(byLines).contains("<span>10</span>").contains("<code class=\"language-python\">x = 1\n</code>");
		assertThat(byYaml).isEqualTo(byLines);
	}

	@Test
	void plainFencesStayCodeAndDiagramFencesStayDiagrams() {
		String html = new MarkdownRenderer().render("""
				```json
				{"a": 1}
				```

				```responsibility
				model: x
				```
				""", "Lesson", 1, lessons,
				(language, body, line, id) -> language.equals("responsibility") ? Optional.of("<svg id=\"" + id + "\"></svg>")
						: Optional.empty())
			.html();

		assertThat(html).contains("<pre><code class=\"language-json\">{&quot;a&quot;: 1}\n</code></pre>")
			.contains("<svg id=\"responsibility-1\"></svg>");
	}

	@Test
	void aDirectiveInsideAListItemKeepsToTheItem() {
		String html = lessons.html("""
				- First step

				  ```{warning}
				  Careful.
				  ```
				- Second step
				""");

		assertThat(html).containsSubsequence("<li>", "First step", "admonition-warning", "Careful.", "</li>", "<li>",
				"Second step");
	}

	@Test
	void anUnknownDirectiveShowsItsBodyInABoxWithItsNameAndIsReportedAtItsLine() {
		String html = lessons.html("""
				Text.

				```{mystery} the argument
				Some **content**.
				```
				""");

		assertThat(html).contains("<div class=\"directive-unknown\">\n<p class=\"directive-name\">mystery the argument</p>\n"
				+ "<p>Some <strong>content</strong>.</p>\n</div>");
		assertThat(lessons.warnings).containsExactly("3: Unknown directive \"mystery\": its content is shown in a plain box");
	}

	@Test
	void aDiagramInALanguageOfItsOwnShowsItsSourceAsWrittenInTheBox() {
		String html = lessons.html("""
				```{mermaid}
				flowchart LR
				  A[Write] --> B{Build}
				  B --> C[Publish]
				```
				""");

		assertThat(html).contains("<div class=\"directive-unknown\">\n<p class=\"directive-name\">mermaid</p>")
			.contains("flowchart LR\n  A[Write] --&gt; B{Build}\n  B --&gt; C[Publish]\n")
			.doesNotContain("<p>flowchart");
		assertThat(lessons.warnings).containsExactly("1: Unknown directive \"mermaid\": its content is shown in a plain box");
	}

	@Test
	void problemsInADirectiveBodyAreReportedAtTheirLineOfTheLesson() {
		lessons.html("""
				:::{note}
				Line two.

				:::{nested}
				x
				:::
				:::
				""");

		assertThat(lessons.warnings).containsExactly("4: Unknown directive \"nested\": its content is shown in a plain box");
	}

	@Test
	void aToctreeListsThePagesItNamesAHiddenOneNothingAndContentsWithNoHeadingAfterItNothing() {
		String html = lessons.html("""
				```{toctree}
				:maxdepth: 2

				intro
				```

				```{toctree}
				:hidden:

				intro
				```

				```{contents}
				```
				Text.
				""");

		assertThat(html.strip()).isEqualTo("<div class=\"contents-list\">\n<ul>\n<li><a href=\"intro\" class=\"reference\">intro</a></li>\n</ul>\n</div>\n<p>Text.</p>");
		assertThat(lessons.warnings).containsExactly("13: Nothing to list for \"contents\": no page or heading of its context is here");
	}

	@Test
	void aTableofcontentsWithNoPagesUnderItsPageShowsNothingAndIsWarnedAbout() {
		String html = lessons.html("""
				Text.

				```{tableofcontents}
				```
				""");

		assertThat(html.strip()).isEqualTo("<p>Text.</p>");
		assertThat(lessons.warnings).containsExactly(
				"3: Nothing to list for \"tableofcontents\": the table of contents nests no page under this one");
	}
}
