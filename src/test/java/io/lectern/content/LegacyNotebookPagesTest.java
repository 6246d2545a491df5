package io.lectern.content;

import static org.assertj.core.api.Assertions.assertThat;

import io.lectern.authoring.ContentProblem;
import io.lectern.authoring.CourseSlug;
import io.lectern.authoring.LessonSlug;
import io.lectern.content.internal.load.LoadResult;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pages a Jupyter Book before 0.7 generated from notebooks, as it left them in {@code _build}:
 * kramdown's attribute lines mark each cell's code and outputs, and the book's pages link to the
 * notebooks they were made from.
 */
class LegacyNotebookPagesTest {

	@TempDir
	Path dir;

	private LoadResult book() {
		return new ContentFolder(dir).file("mwp/_config.yml", "title: Maths with Python\n")
			.file("mwp/_data/toc.yml", """
					- title: Introduction
					  url: /notebooks/index
					- title: First steps
					  url: /notebooks/00-first-steps
					""")
			.file("mwp/_build/notebooks/index.md", """
					---
					interact_link: content/notebooks/index.ipynb
					title: 'Introduction'
					prev_page:
					  url:
					  title: ''
					next_page:
					  url: /notebooks/00-first-steps
					  title: 'First steps'
					---
					# Introduction

					Start with the [opening notebook](00-first-steps.ipynb).
					""")
			.file("mwp/_build/notebooks/00-first-steps.md", """
					---
					interact_link: content/notebooks/00-first-steps.ipynb
					title: 'First steps'
					prev_page:
					  url: /notebooks/index
					  title: 'Introduction'
					next_page:
					---

					# First steps

					{:.input_area}
					```python
					print("x < y")
					2 + 2
					```


					{:.output .output_stream}
					```
					x < y

					```


					{:.output .output_data_text}
					```
					4
					```

					{:.input_area}
					```python
					1 / 0
					```

					{:.output .output_traceback_line}
					```
					ZeroDivisionError: division by zero
					```

					{:.output_png}
					![png](../images/plot.png)

					See [the notes](notes.md).
					""")
			.load();
	}

	@Test
	void theCellMarkersBecomeNotebookOutputsAndShowNoneOfTheirSyntax() {
		String html = book().catalog().lesson(CourseSlug.of("mwp"), LessonSlug.of("00-first-steps")).orElseThrow().html();

		assertThat(html).doesNotContain("{:").doesNotContain("input_area")
			.contains("<code class=\"language-python\">print(&#34;x &lt; y&#34;)")
			.contains("<div class=\"notebook-output notebook-stdout\"><pre>x &lt; y\n</pre></div>")
			.contains("<div class=\"notebook-output notebook-result\"><pre>4</pre></div>")
			.contains("<div class=\"notebook-output notebook-error\"><pre>ZeroDivisionError: division by zero</pre></div>");
	}

	@Test
	void problemsAfterTheOutputsAreReportedAtTheirOwnLines() {
		assertThat(book().problems()).extracting(ContentProblem::toString)
			.contains("mwp/_build/notebooks/00-first-steps.md:42: warning: Image not found: _build/images/plot.png",
					"mwp/_build/notebooks/00-first-steps.md:44: warning: Link to a lesson that does not exist: notes.md");
	}

	@Test
	void aLinkToTheNotebookAPageWasGeneratedFromLeadsToThatPage() {
		Catalog catalog = book().catalog();

		assertThat(catalog.lesson(CourseSlug.of("mwp"), LessonSlug.of("index")).orElseThrow().html())
			.contains("<a href=\"/courses/mwp/00-first-steps\">opening notebook</a>");
	}

	@Test
	void aPageWithSeveralTopLevelSectionsListsThemAndTheirPartsOnThisPage() {
		Catalog catalog = new ContentFolder(dir).file("mwp/_config.yml", "title: Maths with Python\n")
			.file("mwp/_data/toc.yml", "- title: Exercises\n  url: /notebooks/Exercises\n")
			.file("mwp/_build/notebooks/Exercises.md", """
					---
					title: 'Exercises'
					---
					# Variables and assignment

					## Exercise 1

					### Hint

					# Basic functions

					## Exercise 1
					""")
			.catalog();

		assertThat(catalog.lesson(CourseSlug.of("mwp"), LessonSlug.of("exercises")).orElseThrow().headings())
			.extracting(heading -> heading.level() + " " + heading.text())
			.containsExactly("2 Variables and assignment", "3 Exercise 1", "2 Basic functions", "3 Exercise 1");
	}

	@Test
	void anAttributeLineInsideACodeBlockIsCodeAndStays() {
		Catalog catalog = new ContentFolder(dir).lesson("notes/kramdown.md", "Kramdown", """
				Write a class on a block like this:

				````markdown
				{:.note}
				```
				text
				```
				````

				{:.input_area}
				Done.
				""").catalog();

		assertThat(catalog.lesson(CourseSlug.of("notes"), LessonSlug.of("kramdown")).orElseThrow().html())
			.contains("{:.note}\n```\ntext\n```\n</code></pre>").doesNotContain("input_area").contains("<p>Done.</p>");
	}
}
