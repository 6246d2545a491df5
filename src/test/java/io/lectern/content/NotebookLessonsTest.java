package io.lectern.content;

import static org.assertj.core.api.Assertions.assertThat;

import io.lectern.authoring.ContentProblem;
import io.lectern.authoring.CourseSlug;
import io.lectern.authoring.LessonSlug;
import io.lectern.content.internal.load.LoadResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NotebookLessonsTest {

	@TempDir
	Path dir;

	@Test
	void aFolderOfNotebooksAndMarkdownIsACourseInFileNameOrder() {
		Catalog catalog = new ContentFolder(dir).file("logs/02-access-logs.ipynb", fixture("access-logs.ipynb"))
			.file("logs/first-steps.ipynb", fixture("first-steps.ipynb"))
			.lesson("logs/01-intro.md", "Intro", "Hello.")
			.catalog();

		assertThat(catalog.course(CourseSlug.of("logs")).orElseThrow().lessons()).extracting(Lesson::title)
			.containsExactly("Intro", "Reading access logs", "First steps");
	}

	@Test
	void courseYamlListsNotebooksLikeMarkdownLessons() {
		Catalog catalog = new ContentFolder(dir).file("logs/course.yml", "lessons: [first-steps.ipynb, intro.md]\n")
			.file("logs/first-steps.ipynb", fixture("first-steps.ipynb"))
			.lesson("logs/intro.md", "Intro", "See [the first steps](first-steps.ipynb).")
			.catalog();

		assertThat(catalog.course(CourseSlug.of("logs")).orElseThrow().lessons()).extracting(lesson -> lesson.slug().value())
			.containsExactly("first-steps", "intro");
		assertThat(catalog.lesson(CourseSlug.of("logs"), LessonSlug.of("intro")).orElseThrow().html()).contains("href=\"/courses/logs/first-steps\"");
	}

	@Test
	void aLessonShowsHighlightedCodeUnderItsPromptThenItsOutputs() {
		Lesson lesson = accessLogs().lesson(CourseSlug.of("logs"), LessonSlug.of("access-logs")).orElseThrow();

		assertThat(lesson.html()).doesNotContain("<h1")
			.contains("<p class=\"notebook-prompt\">In [1]:</p>\n<pre><code class=\"language-python\">print(")
			.contains("<div class=\"notebook-output notebook-stdout\"><pre>hello\n\nworld\n</pre></div>")
			.contains("<p class=\"notebook-prompt\">Out[3]:</p><pre>42</pre>")
			.contains("<div class=\"admonition admonition-note\" role=\"note\">")
			.contains("<a href=\"/courses/logs/first-steps\">the first steps</a>");
		assertThat(lesson.html()).contains("<div class=\"notebook-output notebook-error\">")
			.contains("ZeroDivisionError                         Traceback");
	}

	@Test
	void outputImagesAreServedAsMediaAndShownFromThere() {
		Catalog catalog = accessLogs();
		String png = "/courses/logs/media/access-logs.ipynb/cell-5-output-1.png";
		String jpeg = "/courses/logs/media/access-logs.ipynb/cell-9-output-1.jpg";

		assertThat(catalog.lesson(CourseSlug.of("logs"), LessonSlug.of("access-logs")).orElseThrow().html())
			.contains("<img src=\"" + png + "\" alt=\"Output of cell 5\" />")
			.contains("<img src=\"" + jpeg + "\" alt=\"Output of cell 9\" />")
			.doesNotContain("data:");
		assertThat(catalog.media(png)).hasValueSatisfying(file -> {
			assertThat(file.contentType()).isEqualTo("image/png");
			assertThat(file.bytes()).startsWith(0x89, 'P', 'N', 'G');
			assertThat(file.etag()).startsWith("W/\"");
		});
		assertThat(catalog.media(jpeg)).map(MediaFile::contentType).contains("image/jpeg");
	}

	@Test
	void htmlOutputsBringNoScriptEventHandlerStyleOrUnsafeLinkAndCannotBreakOutOfTheirBlock() {
		String html = accessLogs().lesson(CourseSlug.of("logs"), LessonSlug.of("access-logs")).orElseThrow().html();

		assertThat(html).contains("<table class=\"dataframe\"><tbody><tr><td>alice</td>")
			.doesNotContainIgnoringCase("<script")
			.doesNotContain("alert")
			.doesNotContainPattern("(?i)\\son[a-z]+=")
			.doesNotContainIgnoringCase("style")
			.doesNotContain("display:none")
			.doesNotContain("javascript:")
			// The output's stray closing tags are balanced away, so the cell's own block ends after it.
			.contains("<p>after a blank line</p>\n</div>\n</div>\n<div class=\"notebook-cell\">\n<p class=\"notebook-prompt\">In [3]:");
	}

	/** A MyST Markdown notebook's cells are in its kernel's language unless they name their own. */
	@Test
	void aMarkdownNotebooksCellsTakeTheLanguageOfItsKernel() {
		String html = new ContentFolder(dir).file("logs/bandits.md", """
				---
				jupytext:
				  text_representation:
				    format_name: myst
				kernelspec:
				  display_name: Python 3 (ipykernel)
				  language: python
				  name: python3
				---
				# Bandits

				```{code-cell}
				import numpy
				```

				```{code-cell} r
				library(stats)
				```
				""").catalog().lesson(CourseSlug.of("logs"), LessonSlug.of("bandits")).orElseThrow().html();

		assertThat(html).contains("<pre><code class=\"language-python\">import numpy").contains("<pre><code class=\"language-r\">library(stats)");
	}

	/** Jupyter Book's cell tags, and TeachBooks' thebe-remove-input-init, which keeps an exercise's answer out of the page. */
	@Test
	void cellTagsRemoveOrFoldWhatTheBookLeavesOut() {
		String html = new ContentFolder(dir).file("logs/tags.ipynb", """
				{"nbformat": 4, "nbformat_minor": 5, "metadata": {},
				 "cells": [
				  {"cell_type": "markdown", "metadata": {}, "source": "# Tags"},
				  {"cell_type": "code", "metadata": {"tags": ["remove-cell"]}, "execution_count": 1, "source": "secret_setup = 1", "outputs": []},
				  {"cell_type": "code", "metadata": {"tags": ["thebe-remove-input-init"]}, "execution_count": 2,
				   "source": "answer = solve()", "outputs": []},
				  {"cell_type": "code", "metadata": {"tags": ["remove-input"]}, "execution_count": 3, "source": "print('shown')",
				   "outputs": [{"output_type": "stream", "name": "stdout", "text": "only the output\\n"}]},
				  {"cell_type": "code", "metadata": {"tags": ["hide-input"]}, "execution_count": 4, "source": "folded = True", "outputs": []},
				  {"cell_type": "code", "metadata": {"tags": ["remove-output"]}, "execution_count": 5, "source": "visible = 2",
				   "outputs": [{"output_type": "stream", "name": "stdout", "text": "hidden output\\n"}]}
				 ]}
				""").catalog().lesson(CourseSlug.of("logs"), LessonSlug.of("tags")).orElseThrow().html();

		assertThat(html).doesNotContain("secret_setup").doesNotContain("answer &#61; solve()").doesNotContain("solve()").doesNotContain("print(")
			.doesNotContain("hidden output")
			.contains("only the output")
			.containsSubsequence("<details class=\"notebook-hidden-input\">", "Show code", "folded &#61; True", "</details>")
			.contains("visible &#61; 2");
	}

	@Test
	void aBrokenLinkInANotebookIsReportedAtTheCellThatHoldsIt() {
		LoadResult result = new ContentFolder(dir).file("logs/links.ipynb", """
				{"nbformat": 4, "nbformat_minor": 5, "metadata": {},
				 "cells": [
				  {"cell_type": "markdown", "metadata": {}, "source": "# Links"},
				  {"cell_type": "markdown", "metadata": {},
				   "source": ["Fine.\\n", "\\n", "See [gone](gone.md)."]}
				 ]}
				""").load();

		assertThat(result.problems()).extracting(ContentProblem::toString)
			.containsExactly("logs/links.ipynb:4: warning: Link to a lesson that does not exist: gone.md");
	}

	@Test
	void brokenNotebooksAreReportedAndLeftOutWhileTheRestLoads() {
		LoadResult result = new ContentFolder(dir).file("logs/a-invalid.ipynb", "{\"cells\": [\n}")
			.file("logs/b-old.ipynb", "{\"nbformat\": 3, \"worksheets\": []}")
			.file("logs/c-odd.ipynb", "{\"nbformat\": 4, \"metadata\": {}, \"cells\": [{\"cell_type\": \"slide\"}]}")
			.file("logs/first-steps.ipynb", fixture("first-steps.ipynb"))
			.load();

		assertThat(result.problems()).extracting(ContentProblem::file)
			.containsExactly("logs/a-invalid.ipynb", "logs/b-old.ipynb", "logs/c-odd.ipynb");
		assertThat(result.problems()).extracting(ContentProblem::line).containsExactly(2, 1, 1);
		assertThat(result.catalog().course(CourseSlug.of("logs")).orElseThrow().lessons()).extracting(Lesson::title)
			.containsExactly("First steps");
	}

	@Test
	void aNotebookThatIsNoLessonIsStillServedAsAFile() {
		Catalog catalog = new ContentFolder(dir).file("logs/course.yml", "lessons: [intro.md]\n")
			.file("logs/data/extra.ipynb", fixture("first-steps.ipynb"))
			.lesson("logs/intro.md", "Intro", "[The notebook](data/extra.ipynb).")
			.catalog();

		assertThat(catalog.media("/courses/logs/media/data/extra.ipynb")).map(MediaFile::contentType)
			.contains("application/x-ipynb+json");
	}

	private Catalog accessLogs() {
		return new ContentFolder(dir).file("logs/access-logs.ipynb", fixture("access-logs.ipynb"))
			.file("logs/first-steps.ipynb", fixture("first-steps.ipynb"))
			.catalog();
	}

	private static String fixture(String name) {
		try {
			return Files.readString(Path.of("src/test/resources/fixtures/notebooks", name));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
