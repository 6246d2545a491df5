package io.lectern.content;

import static org.assertj.core.api.Assertions.assertThat;

import io.lectern.authoring.CourseSlug;
import io.lectern.authoring.LessonSlug;
import io.lectern.content.internal.load.LoadResult;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Jupyter Book built by Sphinx (a {@code _toc.yml} book) numbers an equation only when the author
 * labels it, as MyST-Parser documents for its dollar math and {@code math} directive; mystmd (a
 * {@code myst.yml} project) numbers every one. The same page must read as its own site shows it.
 */
class SphinxEquationNumbersTest {

	private static final String PAGE = """
			# Kinematics

			Displacement under constant acceleration:

			$$ s = ut + \\tfrac{1}{2} a t^2 $$

			and the velocity it reaches, which we label:

			$$ v = u + a t $$ (velocity)

			```{math}
			:label: energy
			E = \\tfrac{1}{2} m v^2
			```

			See {eq}`velocity` and {eq}`energy`.
			""";

	private static String kinematics(LoadResult result, String course) {
		assertThat(result.problems()).isEmpty();
		return result.catalog().lesson(CourseSlug.of(course), LessonSlug.of("kinematics")).orElseThrow().html();
	}

	@Test
	void aSphinxBookNumbersOnlyTheLabelledEquations(@TempDir Path dir) {
		String html = kinematics(new ContentFolder(dir).file("book/_config.yml", "title: Mechanics\n")
			.file("book/_toc.yml", "format: jb-book\nroot: kinematics\n")
			.file("book/kinematics.md", PAGE)
			.load(), "book");

		assertThat(html).containsOnlyOnce("<span class=\"equation-number\">(1)</span>")
			.containsOnlyOnce("<span class=\"equation-number\">(2)</span>")
			.doesNotContain("<span class=\"equation-number\">(3)</span>");
		// The labelled ones are 1 and 2, in reading order, and the references say so.
		assertThat(html.indexOf("equation-number\">(1)")).isGreaterThan(html.indexOf("v = u"));
		assertThat(html).contains(">(1)</a>").contains(">(2)</a>");
	}

	@Test
	void mathNumberAllInTheBooksSphinxConfigNumbersEveryEquation(@TempDir Path dir) {
		String html = kinematics(new ContentFolder(dir)
			.file("book/_config.yml", "title: Mechanics\nsphinx:\n  config:\n    math_number_all: true\n")
			.file("book/_toc.yml", "format: jb-book\nroot: kinematics\n")
			.file("book/kinematics.md", PAGE)
			.load(), "book");

		assertThat(html).contains("equation-number\">(1)").contains("equation-number\">(3)")
			.contains(">(2)</a>").contains(">(3)</a>");
	}

	@Test
	void aMystProjectNumbersEveryEquation(@TempDir Path dir) {
		String html = kinematics(new ContentFolder(dir)
			.file("mechanics/myst.yml", "version: 1\nproject:\n  title: Mechanics\n  toc:\n    - file: kinematics.md\n")
			.file("mechanics/kinematics.md", PAGE)
			.load(), "mechanics");

		assertThat(html).contains("equation-number\">(1)").contains("equation-number\">(3)")
			.contains(">(2)</a>").contains(">(3)</a>");
	}
}
