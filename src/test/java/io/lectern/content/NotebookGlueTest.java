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
 * myst-nb's glue, as Jupyter Book builds a notebook saved with its outputs: values a code cell glued
 * are pasted where the text names them, and not shown in their cell.
 */
class NotebookGlueTest {

	private static final String PIXEL = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==";

	/** A cell that glues a number, a plot and (as myst-nb before 0.14 wrote it) a string, then text that pastes them. */
	private static final String NOTEBOOK = """
			{"nbformat": 4, "nbformat_minor": 5, "metadata": {"kernelspec": {"language": "python", "name": "python3"}},
			 "cells": [
			  {"cell_type": "markdown", "metadata": {}, "source": ["# Inflation\\n"]},
			  {"cell_type": "code", "metadata": {}, "execution_count": 1, "source": ["glue('ratio', r)"],
			   "outputs": [
			    {"output_type": "display_data", "data": {"text/plain": "0.123456"},
			     "metadata": {"scrapbook": {"name": "ratio", "mime_prefix": ""}}},
			    {"output_type": "display_data", "data": {"image/png": "%s", "text/plain": "<Figure size 640x480>"},
			     "metadata": {"scrapbook": {"name": "plot", "mime_prefix": ""}}},
			    {"output_type": "display_data", "data": {"application/papermill.record/text/plain": "'Cagan'"},
			     "metadata": {"scrapbook": {"name": "who", "mime_prefix": "application/papermill.record/"}}},
			    {"output_type": "stream", "name": "stdout", "text": ["done\\n"]}
			   ]},
			  {"cell_type": "markdown", "metadata": {}, "source": [
			   "The ratio is {glue:text}`ratio:.2f` ({glue:}`ratio`, {glue:text}`ratio:.1%%`), by {glue:}`who`.\\n",
			   "\\n",
			   "```{glue:figure} plot\\n",
			   ":name: fig-plot\\n",
			   "\\n",
			   "Money and prices.\\n",
			   "```\\n",
			   "\\n",
			   "See {numref}`fig-plot` and {glue:}`nothing`.\\n",
			   "\\n",
			   "```python\\n",
			   "print('{glue:}`ratio` stays in code')\\n",
			   "```\\n"]}
			 ]}
			""".formatted(PIXEL);

	@TempDir
	Path dir;

	@Test
	void gluedValuesArePastedWhereTheTextNamesThemAndNotShownInTheirCell() {
		LoadResult result = new ContentFolder(dir).file("notes/inflation.ipynb", NOTEBOOK).load();

		String html = result.catalog().lesson(CourseSlug.of("notes"), LessonSlug.of("inflation")).orElseThrow().html();
		assertThat(html).contains("The ratio is 0.12 (0.123456, 12.3%), by &#39;Cagan&#39;.")
			.contains("<figure id=\"fig-plot\"").contains("inflation.ipynb/cell-2-output-2.png")
			.contains("Figure 1: </span>Money and prices.")
			.contains(">Figure 1</a> and nothing.")
			.contains("{glue:}&#96;ratio&#96; stays in code")
			.contains("done")
			.doesNotContain("&lt;Figure size").doesNotContain("0.123456</pre>");
		assertThat(result.problems()).extracting(ContentProblem::toString)
			.containsExactly("notes/inflation.ipynb:14: warning: Nothing in this notebook is glued as \"nothing\": its name is shown in its place");
	}
}
