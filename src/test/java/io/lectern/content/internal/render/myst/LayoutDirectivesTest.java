package io.lectern.content.internal.render.myst;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LayoutDirectivesTest {

	private final Lessons lessons = new Lessons();

	@Test
	void mystmdsHeaderAndFooterOptionsAreTheCardsHeaderAndFooter() {
		String html = lessons.html("""
				:::{card} Install
				:header: With `pip` *first*
				:footer: Then [start](start.md) »

				Run the installer.
				:::
				""");

		assertThat(html).isEqualTo("""
				<div class="card">
				<div class="card-header">
				<p>With <code>pip</code> <em>first</em></p>
				</div>
				<div class="card-body">
				<p class="card-title">Install</p>
				<p>Run the installer.</p>
				</div>
				<div class="card-footer">
				<p>Then <a href="start.md">start</a> »</p>
				</div>
				</div>
				""");
	}

	@Test
	void aCardHasAHeaderATitleLinkedToItsTargetABodyAndAFooter() {
		String html = lessons.html("""
				:::{card} Identity
				:link: iam.md

				Header text
				^^^
				Who may do what.
				+++
				Footer text
				:::
				""");

		assertThat(html).isEqualTo("""
				<div class="card">
				<div class="card-header">
				<p>Header text</p>
				</div>
				<div class="card-body">
				<p class="card-title"><a href="iam.md">Identity</a></p>
				<p>Who may do what.</p>
				</div>
				<div class="card-footer">
				<p>Footer text</p>
				</div>
				</div>
				""");
	}

	@Test
	void aCardLinkWithAnUnsafeSchemeIsDroppedAndItsTextKept() {
		String html = lessons.html("""
				:::{card} Click
				:link: javascript:alert(1)
				:::
				""");

		assertThat(html).contains("<p class=\"card-title\">Click</p>").doesNotContain("href");
	}

	@Test
	void aGridTakesItsColumnsPerScreenSizeAsClassesNotStyle() {
		String html = lessons.html("""
				::::{grid} 1 2 3
				:::{grid-item-card} One
				A
				:::
				:::{grid-item}
				B
				:::
				::::
				""");

		assertThat(html).startsWith("<div class=\"grid grid-xs-1 grid-sm-2 grid-md-3 grid-lg-3\">")
			.contains("<div class=\"card grid-item\">").contains("<div class=\"grid-item\">\n<p>B</p>")
			.doesNotContain("style");
	}

	@Test
	void tabsAreSectionsWithHeadingsOneLevelBelowTheHeadingTheyFollow() {
		String html = lessons.html("""
				## Install

				::::{tab-set}
				:::{tab-item} Linux
				apt install x
				:::
				:::{tab-item} macOS
				:selected:
				### Inside a tab
				brew install x
				:::
				::::
				""");

		assertThat(html).containsSubsequence("<div class=\"tab-set\">", "<section class=\"tab-item\">",
				"<h3 class=\"tab-title\">Linux</h3>", "<p>apt install x</p>", "</section>",
				"<section class=\"tab-item tab-selected\">", "<h3 class=\"tab-title\">macOS</h3>");
	}

	@Test
	void exercisesAreNumberedAndASolutionFoldsAndLinksToItsExercise() {
		String html = lessons.html("""
				```{exercise}
				:label: ex-policy
				Write a policy.
				```

				```{exercise} Harder
				:nonumber:
				Another.
				```

				```{exercise}
				Third.
				```

				```{solution} ex-policy
				Here it is.
				```
				""");

		assertThat(html).containsSubsequence("<div id=\"ex-policy\" class=\"exercise\">",
				"<p class=\"exercise-title\"><span class=\"caption-number\">Exercise 1</span></p>", "<p>Write a policy.</p>",
				"<div class=\"exercise\">", "<span class=\"caption-number\">Exercise</span> (Harder)</p>",
				"<div id=\"exercise-2\" class=\"exercise\">", "Exercise 2",
				"<details class=\"solution\">", "<summary class=\"solution-title\">Solution to Exercise 1</summary>", "<p>Here it is.</p>", "</details>");
	}

	@Test
	void anExerciseWithTheDropdownClassFoldsUnderItsTitle() {
		String html = lessons.html("""
				```{exercise} Factorial
				:label: ex-factorial
				:class: dropdown hard

				Write `factorial(n)`.
				```

				See {ref}`ex-factorial`.
				""");

		assertThat(html).containsSubsequence("<div id=\"ex-factorial\" class=\"exercise hard\">", "<details class=\"exercise-fold\">",
				"<summary class=\"exercise-title\"><span class=\"caption-number\">Exercise 1</span> (Factorial)</summary>",
				"<p>Write <code>factorial(n)</code>.</p>", "</details>", "</div>", "href=\"#ex-factorial\"")
			.doesNotContain("dropdown");
	}

	@Test
	void theGatedFormTakesEverythingBetweenStartAndEnd() {
		String html = lessons.html("""
				```{exercise-start}
				:label: ex-code
				```

				Run this:

				```{code-cell} python
				print(1)
				```

				```{exercise-end}
				```

				After.
				""");

		assertThat(html).containsSubsequence("<div id=\"ex-code\" class=\"exercise\">", "<p>Run this:</p>",
				"<div class=\"notebook-cell code-cell\">", "</div>\n</div>", "<p>After.</p>");
	}

	@Test
	void aSolutionToAnUnknownExerciseIsReported() {
		lessons.html("""
				```{solution} nowhere
				x
				```
				""");

		assertThat(lessons.warnings).containsExactly("1: Solution to an exercise this lesson does not have: nowhere");
	}

	@Test
	void framesAndVideosFromElsewhereBecomeCardsLinkingToTheirSite() {
		String html = lessons.html("""
				```{youtube} dQw4w9WgXcQ
				```

				```{iframe} https://www.example.org/demo
				A live demo.
				```
				""");

		assertThat(html).contains("<div class=\"embed-card\">\n<p class=\"embed-title\">Video on YouTube</p>\n"
				+ "<div class=\"embed-link\">\n<p><a href=\"https://www.youtube.com/watch?v=dQw4w9WgXcQ\">Watch on YouTube "
				+ "(youtube.com)</a></p>")
			.contains("<p class=\"embed-title\">A live demo.</p>")
			.contains("<a href=\"https://www.example.org/demo\">Open the page (example.org)</a>")
			.doesNotContain("<iframe");
	}

	/** As a TU Delft book embeds its H5P quizzes and videos: frames in HTML, inside a card or in an eval-rst-free page. */
	@Test
	void aFrameWrittenInHtmlBecomesTheSameCardAfterIt() {
		String html = lessons.html("""
				:::{card} Quiz question
				<iframe src="https://tudelft.h5p.com/content/1292060553773045247/embed" aria-label="Quiz" width="1088" height="637" frameborder="0" allowfullscreen="allowfullscreen"></iframe><script src="https://tudelft.h5p.com/js/h5p-resizer.js"></script>
				:::

				<iframe width="560" height="315" src="https://www.youtube.com/embed/EIZvJrlxZhs" title="Weighted least squares"></iframe>
				""");

		assertThat(html).doesNotContain("<iframe").doesNotContain("<script")
			.contains("<p class=\"embed-title\">Embedded page</p>")
			.contains("<a href=\"https://tudelft.h5p.com/content/1292060553773045247/embed\">Open the page (tudelft.h5p.com)</a>")
			.contains("<p class=\"embed-title\">Weighted least squares</p>")
			.contains("<a href=\"https://www.youtube.com/watch?v&#61;EIZvJrlxZhs\">Watch on YouTube (youtube.com)</a>");
	}

	@Test
	void aVideoFileOfTheCoursePlaysFromTheMediaRoute() {
		String html = lessons.html("""
				```{video} clips/intro.mp4
				:title: Welcome
				```
				""");

		assertThat(html).isEqualTo("""
				<figure class="video">
				<video controls="" preload="metadata" src="/media/clips/intro.mp4">
				<p><a href="/media/clips/intro.mp4">Download the video</a></p>
				</video>
				<figcaption>
				<p>Welcome</p>
				</figcaption>
				</figure>
				""");
	}

	@Test
	void anIncludedFileJoinsTheLessonOrShowsAsCode() {
		lessons.files.put("parts/intro.md", "skip\n:::{note}\nIncluded note.\n:::\nlast\n");
		lessons.files.put("code/run.py", "a = 1\nb = 2\nc = 3\n");

		String html = lessons.html("""
				```{include} parts/intro.md
				:start-line: 1
				:end-line: 4
				```

				```{literalinclude} code/run.py
				:lines: ignored
				:start-line: 1
				:end-line: 2
				```

				```{include} missing.md
				```
				""");

		assertThat(html).contains("admonition-note").contains("<p>Included note.</p>").doesNotContain("skip", "last")
			.contains("<pre><code class=\"language-py\">b = 2\n</code></pre>");
		assertThat(lessons.warnings).containsExactly("12: missing missing.md");
	}

	@Test
	void aFileThatIncludesItselfStops() {
		lessons.files.put("self.md", "Again.\n\n```{include} self.md\n```\n");

		String html = lessons.html("""
				```{include} self.md
				```
				""");

		assertThat(html).contains("<p>Again.</p>");
		assertThat(lessons.warnings).anyMatch(warning -> warning.contains("Includes nest too deep"));
	}

	@Test
	void anIncludedFilesFrontMatterIsDroppedNotShownAsAHeading() {
		lessons.files.put("shared/macros.md", "---\nmath:\n  '\\R': '\\mathbb{R}'\n---\n\nShared text.\n");

		String html = lessons.html("""
				```{include} shared/macros.md
				```
				""");

		assertThat(html).contains("<p>Shared text.</p>").doesNotContain("<h2", "mathbb", "math:");
		assertThat(lessons.warnings).isEmpty();
	}
}
