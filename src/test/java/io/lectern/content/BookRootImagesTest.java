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
 * Sphinx, and so Jupyter Book, reads an image path that starts with "/" from the book's top folder
 * (the one holding {@code _config.yml}), wherever the page is: QuantEcon's lectures show their
 * pictures as {@code /_static/lecture_specific/<lecture>/<file>}.
 */
class BookRootImagesTest {

	private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G' };

	@TempDir
	Path dir;

	private LoadResult book() {
		return new ContentFolder(dir).file("lectures/_config.yml", "title: Programming for economists\n")
			.file("lectures/_toc.yml", """
					format: jb-book
					root: intro
					parts:
					- caption: Tools
					  chapters:
					  - file: tools/plots
					""")
			.file("lectures/intro.md", "# Start here\n\nWelcome.\n")
			.bytes("lectures/_static/lecture_specific/plots/sine.png", PNG)
			.file("lectures/tools/plots.md", """
					# Plots

					```{figure} /_static/lecture_specific/plots/sine.png
					:name: sine

					A sine wave.
					```

					![A cosine](/_static/lecture_specific/plots/cosine.png)

					![Up and out](/../secrets.png)

					![Shared](//example.org/shared.png)
					""")
			.load();
	}

	@Test
	void anImagePathFromTheTopFolderShowsTheBooksFileWhereverThePageIs() {
		Lesson plots = book().catalog().lesson(CourseSlug.of("lectures"), LessonSlug.of("plots")).orElseThrow();

		assertThat(plots.html()).contains("src=\"/courses/lectures/media/_static/lecture_specific/plots/sine.png\"")
			.doesNotContain("src=\"/_static/")
			.contains("href=\"//example.org/shared.png\"");
	}

	@Test
	void aMissingOneIsReportedAtItsLineAndShowsItsAltText() {
		LoadResult result = book();

		assertThat(result.problems()).extracting(ContentProblem::toString)
			.contains("lectures/tools/plots.md:9: warning: Image not found: _static/lecture_specific/plots/cosine.png")
			.contains("lectures/tools/plots.md:11: warning: Image not found: secrets.png");
		assertThat(result.catalog().lesson(CourseSlug.of("lectures"), LessonSlug.of("plots")).orElseThrow().html())
			.contains("A cosine")
			.doesNotContain("cosine.png");
	}
}
