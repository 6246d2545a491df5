package io.lectern.content;

import static org.assertj.core.api.Assertions.assertThat;

import io.lectern.authoring.ContentProblem;
import io.lectern.authoring.CourseSlug;
import io.lectern.authoring.LessonSlug;
import io.lectern.content.internal.load.LoadResult;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** sphinx.ext.todo in a Jupyter Book: notes left out of the book unless its configuration shows them. */
class TodoNotesTest {

	@TempDir
	Path dir;

	private LoadResult book(String config) {
		return new ContentFolder(dir).file("book/_toc.yml", "format: jb-book\nroot: intro\n")
			.file("book/_config.yml", "title: Book\n" + config)
			.file("book/intro.md", "# Intro\n\nBefore.\n\n```{todo}\nCheck the *figures*.\n```\n\n```{todolist}\n```\n\nAfter.\n")
			.load();
	}

	private static String intro(LoadResult result) {
		return result.catalog().lesson(CourseSlug.of("book"), LessonSlug.of("intro")).orElseThrow().html();
	}

	@Test
	void todosAreLeftOutByDefault() {
		LoadResult result = book("");

		assertThat(intro(result)).contains("<p>Before.</p>\n<p>After.</p>").doesNotContain("figures");
		assertThat(result.problems()).isEmpty();
	}

	@Test
	void aBookThatIncludesItsTodosShowsEachInABoxAndSaysItDrawsNoList() {
		LoadResult result = book("sphinx:\n  config:\n    todo_include_todos: true\n");

		assertThat(intro(result)).contains("<p class=\"admonition-title\">Todo</p>").contains("Check the <em>figures</em>.");
		assertThat(result.problems()).extracting(ContentProblem::toString)
			.containsExactly("book/intro.md:9: warning: A todolist is not drawn: each todo shows in its own lesson");
	}
}
