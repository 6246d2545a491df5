package io.lectern.content;

import io.lectern.authoring.CourseSlug;
import io.lectern.authoring.LessonSlug;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The words the portal writes inside a lesson follow its course's language, whoever reads it. */
class ContentWordsInCoursesTest {

	private static final String LESSON = """
			## Keys

			:::{note}
			Keys rotate.
			:::

			> [!WARNING]
			> Never share keys.

			```{figure} https://example.org/key.png
			:label: fig-key
			A key.
			```

			See [](#fig-key).

			```{exercise}
			:label: ex-rotate
			Rotate a key.
			```

			```{solution} ex-rotate
			Use the console.
			```

			A claim.[^1]

			[^1]: A source.
			""";

	@TempDir
	Path dir;

	private Lesson lessonIn(String language) {
		return new ContentFolder(dir)
			.file("c/course.yml", "title: C\nslug: c\n" + (language.isEmpty() ? "" : "language: " + language + "\n")
					+ "lessons: [a.md]\n")
			.lesson("c/a.md", "A", LESSON)
			.catalog()
			.lesson(CourseSlug.of("c"), LessonSlug.of("a"))
			.orElseThrow();
	}

	@Test
	void anEnglishCourseWritesTheWordsAsBefore() {
		assertThat(lessonIn("").html()).contains("<p class=\"admonition-title\">Note</p>",
				"<p class=\"admonition-title\">Warning</p>", "Figure 1: ", ">Figure 1</a>", "Exercise 1",
				"Solution to ", "aria-label=\"Back to reference 1\"", "aria-label=\"Link to section: Keys\"");
	}

	@Test
	void aGermanCourseWritesThemInGerman() {
		assertThat(lessonIn("de").html()).contains("<p class=\"admonition-title\">Hinweis</p>",
				"<p class=\"admonition-title\">Warnung</p>", "Abbildung 1: ", ">Abbildung 1</a>", "Aufgabe 1",
				"Lösung zu ", "aria-label=\"Zurück zur Fußnotenstelle 1\"",
				"aria-label=\"Link zum Abschnitt: Keys\"", "Bild: https://example.org/key.png")
			.doesNotContain(">Note<", "Figure 1", "Back to reference");
	}

	@Test
	void aJapaneseCoursePutsTheExerciseWhereJapaneseDoes() {
		String html = lessonIn("ja").html();

		assertThat(html).contains("<p class=\"admonition-title\">注記</p>", "図 1: ", "演習 1");
		assertThat(html.replaceAll("<[^>]+>", "")).contains("演習 1 の解答");
	}

	@Test
	void anArabicCourseWritesThemInArabicAndALanguageWithoutWordsGetsEnglish() {
		assertThat(lessonIn("ar").html()).contains("<p class=\"admonition-title\">ملاحظة</p>", "شكل 1: ");
		assertThat(lessonIn("nl").html()).contains("<p class=\"admonition-title\">Note</p>", "Figure 1: ");
	}

	@Test
	void foldedCodeOpensInTheCoursesLanguageInNotebooksAndCodeCells() {
		Catalog catalog = new ContentFolder(dir).file("c/course.yml", "title: C\nslug: c\nlanguage: fr\nlessons: [nb.ipynb, md.md]\n")
			.file("c/nb.ipynb", """
					{"nbformat": 4, "nbformat_minor": 5, "metadata": {"kernelspec": {"language": "python"}},
					 "cells": [
					  {"cell_type": "markdown", "metadata": {}, "source": ["# Carnet"]},
					  {"cell_type": "code", "metadata": {"tags": ["hide-input"]}, "execution_count": 1, "source": ["x = 1"], "outputs": []}
					 ]}
					""")
			.lesson("c/md.md", "Page", "```{code-cell} python\n:tags: [hide-input]\nx = 2\n```\n")
			.catalog();

		assertThat(catalog.lesson(CourseSlug.of("c"), LessonSlug.of("nb")).orElseThrow().html())
			.contains("<details class=\"notebook-hidden-input\">\n<summary>Afficher le code</summary>");
		assertThat(catalog.lesson(CourseSlug.of("c"), LessonSlug.of("md")).orElseThrow().html())
			.contains("<summary>Afficher le code</summary>").doesNotContain("Show code");
	}
}
