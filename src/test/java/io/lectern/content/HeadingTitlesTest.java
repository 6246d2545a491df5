package io.lectern.content;

import static org.assertj.core.api.Assertions.assertThat;

import io.lectern.authoring.CourseSlug;
import io.lectern.authoring.LessonSlug;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A lesson without a front matter title takes its first heading's words as the reader sees them:
 * roles, code and emphasis written in the heading show as their text in the page's title and the
 * course's contents, and the body does not show the heading a second time.
 */
class HeadingTitlesTest {

	@TempDir
	Path dir;

	@Test
	void anIndexRoleInTheOpeningHeadingShowsItsTextAsTheTitle() {
		// As QuantEcon's lectures open: jupytext's front matter, a target, a cell for Jupyter only,
		// then the title with an index entry (Sphinx's "text <entry>" form) and an index directive.
		Catalog catalog = new ContentFolder(dir).file("lectures/_toc.yml", """
				format: jb-book
				root: intro
				chapters:
				- file: libraries
				""").file("lectures/_config.yml", "title: Python for economists\n")
			.file("lectures/intro.md", "# Start here\n\nWelcome.\n")
			.file("lectures/libraries.md", """
					---
					jupytext:
					  text_representation:
					    extension: .md
					    format_name: myst
					kernelspec:
					  name: python3
					---

					(libraries)=
					```{raw} jupyter
					<div class="notebook-header">only in Jupyter</div>
					```

					# {index}`SciPy <single: SciPy>` and *friends*

					```{index} single: Python; SciPy
					```

					## Overview

					Numerical routines.
					""")
			.catalog();

		Lesson lesson = catalog.lesson(CourseSlug.of("lectures"), LessonSlug.of("libraries")).orElseThrow();
		assertThat(lesson.title()).isEqualTo("SciPy and friends");
		assertThat(lesson.html()).doesNotContain("<h1").doesNotContain("{index}").contains("Overview");
	}

	@Test
	void codeAndMathInTheOpeningHeadingShowAsTheirText() {
		Catalog catalog = new ContentFolder(dir)
			.file("notes/arrays.md", "# Using `numpy` for $n$ {abbr}`CSV (comma-separated values)` files\n\nArrays.\n")
			.catalog();

		Lesson lesson = catalog.lesson(CourseSlug.of("notes"), LessonSlug.of("arrays")).orElseThrow();
		assertThat(lesson.title()).isEqualTo("Using numpy for n CSV files");
		assertThat(lesson.html()).doesNotContain("<h1").contains("<p>Arrays.</p>");
	}

	@Test
	void aTargetBeforeTheTitleNamesThePageAndLeavesTheFirstSectionItsOwnId() {
		Catalog catalog = new ContentFolder(dir).file("lectures/_toc.yml", """
				format: jb-book
				root: intro
				chapters:
				- file: functions
				""").file("lectures/_config.yml", "title: Python for economists\n")
			.file("lectures/intro.md", "# Start here\n\nRead {ref}`functions` first, then [its overview](functions.md#overview).\n")
			.file("lectures/functions.md", """
					(functions)=
					```{raw} jupyter
					<div class="notebook-header">only in Jupyter</div>
					```

					# Functions

					## Overview

					Functions are named blocks of code.
					""")
			.catalog();

		Lesson functions = catalog.lesson(CourseSlug.of("lectures"), LessonSlug.of("functions")).orElseThrow();
		assertThat(functions.html()).contains("<span id=\"functions\"></span>").contains("<h2 id=\"overview\">");
		assertThat(catalog.lesson(CourseSlug.of("lectures"), LessonSlug.of("intro")).orElseThrow().html())
			.contains(">Functions</a>").contains("href=\"/courses/lectures/functions#functions\"")
			.contains("href=\"/courses/lectures/functions#overview\"");
	}
}
