package io.lectern.content.internal.render.myst;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AdmonitionDirectivesTest {

	private final Lessons lessons = new Lessons();

	@Test
	void aNamedAdmonitionLooksLikeGithubsAndIsTitledByItsKind() {
		String html = lessons.html("""
				```{tip}
				Use roles, not users.
				```
				""");

		assertThat(html).isEqualTo("<div class=\"admonition admonition-tip\" role=\"note\"><p class=\"admonition-title\">Tip</p>\n"
				+ "<p>Use roles, not users.</p>\n</div>\n");
	}

	@Test
	void everyKindHasItsOwnLookAndTitle() {
		String html = lessons.html("""
				:::{hint}
				a
				:::
				:::{attention}
				b
				:::
				:::{danger}
				c
				:::
				:::{error}
				d
				:::
				:::{seealso}
				e
				:::
				""");

		assertThat(html).containsSubsequence("admonition-hint", ">Hint<", "admonition-attention", ">Attention<",
				"admonition-danger", ">Danger<", "admonition-error", ">Error<", "admonition-seealso", ">See also<");
	}

	@Test
	void aQuartoCalloutIsTheBoxOfItsKindTitledByItsHeading() {
		String html = lessons.html("""
				::: {.callout-tip}
				## Tip with a caption
				Rotate keys *yearly*.
				:::

				:::{.callout-important collapse="true"}
				Read this.
				:::

				::: {.callout-unknown}
				Not a box.
				:::
				""");

		assertThat(html).containsSubsequence("<div class=\"admonition admonition-tip\" role=\"note\"><p class=\"admonition-title\">Tip with a caption</p>",
				"<p>Rotate keys <em>yearly</em>.</p>", "<div class=\"admonition admonition-important\"", ">Important<", "<p>Read this.</p>",
				"<p>::: {.callout-unknown}")
			.doesNotContain("<h2").doesNotContain("{.callout-tip}");
	}

	@Test
	void anArgumentReplacesTheTitleAsInMystmd() {
		String html = lessons.html("""
				:::{warning} Keys *never* in code
				Rotate them.
				:::
				""");

		assertThat(html).contains("<p class=\"admonition-title\">Keys <em>never</em> in code</p>").doesNotContain(">Warning<");
	}

	@Test
	void theGenericAdmonitionTakesItsTitleAndItsLookFromItsClass() {
		String html = lessons.html("""
				```{admonition} Remember this
				:class: tip

				MFA everywhere.
				```
				""");

		assertThat(html).startsWith("<div class=\"admonition admonition-tip\" role=\"note\">")
			.contains("<p class=\"admonition-title\">Remember this</p>");
	}

	@Test
	void theDropdownClassFoldsTheBoxAndOpenUnfoldsIt() {
		String closed = lessons.html("""
				:::{note} Details
				:class: dropdown
				Hidden at first.
				:::
				""");
		String open = lessons.html("""
				:::{dropdown} Show the answer
				:open:
				Shown at first.
				:::
				""");

		assertThat(closed).startsWith("<details class=\"admonition admonition-note dropdown\">"
				+ "<summary class=\"admonition-title\">Details</summary>")
			.contains("<p>Hidden at first.</p>").endsWith("</details>\n");
		assertThat(open).startsWith("<details class=\"admonition admonition-dropdown dropdown\" open=\"\">"
				+ "<summary class=\"admonition-title\">Show the answer</summary>");
	}

	@Test
	void sphinxTogglebuttonsToggleHidesItsBodyAndItsClassFoldsABoxUnderItsTitle() {
		String toggle = lessons.html("```{toggle}\nThe answer is 42.\n```\n");
		String shown = lessons.html("```{toggle}\n:show:\nShown at first.\n```\n");
		String box = lessons.html("```{admonition} Hint\n:class: tip, toggle\nTry small numbers.\n```\n");

		assertThat(toggle).startsWith("<details class=\"admonition admonition-dropdown dropdown toggle\">"
				+ "<summary class=\"admonition-title\">Click to show</summary>")
			.contains("<p>The answer is 42.</p>").endsWith("</details>\n");
		assertThat(shown).startsWith("<details class=\"admonition admonition-dropdown dropdown toggle\" open=\"\">");
		assertThat(box).startsWith("<details class=\"admonition admonition-tip dropdown\">"
				+ "<summary class=\"admonition-title\">Hint</summary>").contains("Try small numbers.");
		assertThat(lessons.warnings).isEmpty();
	}

	@Test
	void aNameOnANoteOrATopicIsATargetRightBeforeIt() {
		String html = lessons.html("""
				```{note}
				:name: iid_violation

				The violation of IID breaks the law.
				```

				```{topic} Aside
				:name: my-aside
				Words.
				```

				Recall [the note](#iid_violation) and {ref}`the aside <my-aside>`.
				""");

		assertThat(html).startsWith("<span id=\"iid_violation\"></span>\n<div class=\"admonition admonition-note\"")
			.contains("<span id=\"my-aside\"></span>")
			.contains("Recall <a href=\"#iid_violation\" class=\"reference\">the note</a> and "
					+ "<a href=\"#my-aside\" class=\"reference\">the aside</a>.");
		assertThat(lessons.warnings).isEmpty();
	}

	@Test
	void authorClassesAreKeptOnlyAsSafeWords() {
		String html = lessons.html("""
				:::{note}
				:class: wide "onclick=alert(1)
				x
				:::
				""");

		assertThat(html).startsWith("<div class=\"admonition admonition-note wide onclickalert1\" role=\"note\">");
	}

	@Test
	void withoutAnArgumentAnOpeningHeadingOrAllBoldParagraphIsTheTitleAsInMystmd() {
		String html = lessons.html("""
				:::{seealso}
				:class: dropdown
				# Coming from *Sphinx*?

				Read the background first.
				:::

				```{important}
				**Using Python?**

				Use the Python parser.
				```

				```{note}
				**Bold** start, then more.
				```
				""");

		assertThat(html).contains("<summary class=\"admonition-title\">Coming from <em>Sphinx</em>?</summary>\n"
				+ "<p>Read the background first.</p>")
			.contains("<p class=\"admonition-title\">Using Python?</p>\n<p>Use the Python parser.</p>")
			.contains("<p class=\"admonition-title\">Note</p>\n<p><strong>Bold</strong> start, then more.</p>")
			.doesNotContain("<h1");
	}
}
