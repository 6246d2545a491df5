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

	@Test
	void aPageThatOpensWithADeeperHeadingIsTitledByItAsJupyterBookOneTitlesItAndSaysSo() {
		LoadResult result = new ContentFolder(dir).file("book/_toc.yml", "format: jb-book\nroot: intro\nchapters:\n- file: least-squares\n")
			.file("book/_config.yml", "title: Modelling\n")
			.file("book/intro.md", "# Start here\n\nSee {ref}`lsq`.\n")
			.file("book/least-squares.md", """
					(lsq)=
					## Least squares

					Fit a line.

					### Weights

					Some count more.
					""")
			.file("book/notes.md", "Some words first.\n\n## Not a title\n")
			.load();

		Lesson page = result.catalog().lesson(CourseSlug.of("book"), LessonSlug.of("least-squares")).orElseThrow();
		assertThat(page.title()).isEqualTo("Least squares");
		assertThat(page.html()).doesNotContain("Least squares</h").contains("<p>Fit a line.</p>").contains("<h3 id=\"weights\">Weights");
		assertThat(result.catalog().lesson(CourseSlug.of("book"), LessonSlug.of("intro")).orElseThrow().html())
			.contains(">Least squares</a>");
		assertThat(result.problems()).extracting(ContentProblem::toString)
			.containsExactly("book/least-squares.md:2: warning: The page opens with a level-2 heading, not \"# \": "
					+ "\"Least squares\" is its title, as Jupyter Book 1 reads it; mystmd titles it from the file name");
	}

	@Test
	void aNotebookWhoseFirstCellOpensWithADeeperHeadingIsTitledByIt() {
		LoadResult result = new ContentFolder(dir).file("notes/01_fit.ipynb", """
				{"nbformat": 4, "nbformat_minor": 5, "metadata": {},
				 "cells": [
				  {"cell_type": "markdown", "metadata": {}, "source": ["## Curve fitting\\n", "\\n", "Lines and curves."]},
				  {"cell_type": "code", "metadata": {}, "execution_count": 1, "outputs": [], "source": ["x = 1"]}
				 ]}
				""").load();

		Lesson lesson = result.catalog().course(CourseSlug.of("notes")).orElseThrow().lessons().get(0);
		assertThat(lesson.title()).isEqualTo("Curve fitting");
		assertThat(lesson.html()).doesNotContain("Curve fitting</h").contains("Lines and curves.");
		assertThat(result.problems()).extracting(ContentProblem::toString).singleElement().asString()
			.startsWith("notes/01_fit.ipynb:3: warning: The page opens with a level-2 heading");
	}

	@Test
	void rawHtmlBeforeTheTitleLeavesItTheTitleAndTheSectionsTheirLevel() {
		// QuantEcon's lecture-python.myst opens every lecture so: a target, its notebook header in raw
		// HTML, the title, an index entry. Sphinx takes the first section for the title whatever comes first.
		Catalog catalog = new ContentFolder(dir).file("lectures/_toc.yml", """
				format: jb-book
				root: intro
				parts:
				- caption: Dynamics
				  numbered: true
				  chapters:
				  - file: ar1
				""").file("lectures/_config.yml", "title: Python\n")
			.file("lectures/intro.md", "# Start here\n\nWelcome.\n")
			.file("lectures/ar1.md", """
					(ar1)=
					```{raw} html
					<div id="qe-notebook-header" align="right"><a href="https://quantecon.org/">QuantEcon</a></div>
					```

					# AR1 Processes

					```{index} single: Autoregressive processes
					```

					## Overview

					### Moving average representation

					Words.
					""")
			.catalog();

		Lesson lesson = catalog.lesson(CourseSlug.of("lectures"), LessonSlug.of("ar1")).orElseThrow();
		assertThat(lesson.title()).isEqualTo("AR1 Processes");
		assertThat(lesson.html()).doesNotContain("<h1").contains("qe-notebook-header");
		assertThat(lesson.headings()).extracting(Heading::text).containsExactly("1.1 Overview", "1.1.1 Moving average representation");
	}
}
