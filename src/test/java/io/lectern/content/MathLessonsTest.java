package io.lectern.content;

import static org.assertj.core.api.Assertions.assertThat;

import io.lectern.authoring.ContentProblem;
import io.lectern.content.internal.load.LoadResult;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Formulas in a course as the portal loads it: a broken one is a warning at its line, never a lost page. */
class MathLessonsTest {

	@TempDir
	Path root;

	@Test
	void aFormulaThatDoesNotParseIsAWarningAtItsFileLineAndTheLessonStillRenders() {
		LoadResult result = new ContentFolder(root).file("course.yml", "title: Algebra\nlessons:\n  - one.md\n")
			.lesson("one.md", "One", "Good: $x^2$.\n\nBad: $\\frac{1}{$.\n")
			.load();

		assertThat(result.problems()).singleElement().satisfies(problem -> {
			assertThat(problem.file()).isEqualTo("one.md");
			assertThat(problem.line()).isEqualTo(6);
			assertThat(problem.level()).isEqualTo(ContentProblem.Level.WARNING);
			assertThat(problem.message()).startsWith("Formula does not parse");
		});
		assertThat(result.catalog().lessonCount()).isEqualTo(1);
		assertThat(result.catalog().courses().get(0).lessons().get(0).html())
			.contains("<code class=\"math-error\"").contains("<msup><mi>x</mi>");
	}

	@Test
	void theContentCheckListsABrokenFormulaAsAWarningAndPassesUnlessStrict() {
		ContentFolder folder = new ContentFolder(root).file("course.yml", "title: Algebra\nlessons:\n  - one.md\n")
			.lesson("one.md", "One", "Bad: $\\frac{1}{$.\n");
		ByteArrayOutputStream out = new ByteArrayOutputStream();

		PrintStream printer = new PrintStream(out, true, StandardCharsets.UTF_8);

		assertThat(ContentCheck.run(folder.root(), printer, List.of(), false)).isZero();
		assertThat(ContentCheck.run(folder.root(), printer, List.of(), true)).isEqualTo(1);
		assertThat(out.toString(StandardCharsets.UTF_8)).contains("one.md:4: warning: Formula does not parse")
			.contains("no errors, 1 warning");
	}
}
