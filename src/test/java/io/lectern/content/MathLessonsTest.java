package io.lectern.content;

import static org.assertj.core.api.Assertions.assertThat;

import io.lectern.authoring.ContentProblem;
import io.lectern.content.internal.load.CatalogLoader;
import io.lectern.content.internal.load.LoadResult;
import io.lectern.content.internal.math.Formulas;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
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

	@Test
	void aPortalLoadLeavesFormulasToTheFirstShowingAndReportsABrokenOneThenWithItsFileLine() {
		List<ContentProblem> late = new CopyOnWriteArrayList<>();
		LoadResult result = new ContentFolder(root).file("course.yml", "title: Algebra\nlessons:\n  - one.md\n  - two.md\n")
			.lesson("one.md", "One", "Good: $x^2$.\n\nBad: $\\frac{1}{$.\n")
			.lesson("two.md", "Two", "No formula here.\n")
			.load(new CatalogLoader().typesettingLater(late::add));
		Lesson one = result.catalog().courses().get(0).lessons().get(0);
		Lesson two = result.catalog().courses().get(0).lessons().get(1);

		assertThat(result.problems()).isEmpty();
		assertThat(one.body().isComplete()).isFalse();
		assertThat(two.body().isComplete()).isTrue();

		assertThat(one.html()).contains("<code class=\"math-error\"").contains("<msup><mi>x</mi>")
			.doesNotContain("lectern-math-");
		assertThat(one.body().isComplete()).isTrue();
		assertThat(late).singleElement().satisfies(problem -> {
			assertThat(problem.file()).isEqualTo("one.md");
			assertThat(problem.line()).isEqualTo(6);
			assertThat(problem.level()).isEqualTo(ContentProblem.Level.WARNING);
			assertThat(problem.message()).startsWith("Formula does not parse");
		});

		one.html();
		assertThat(late).as("typeset and reported once").hasSize(1);
	}

	@Test
	void aLessonWaitingForItsFormulasAlreadyKnowsItsEquationIdsAndNumbers() {
		LoadResult result = new ContentFolder(root).file("course.yml", "title: Algebra\nlessons:\n  - one.md\n")
			.lesson("one.md", "One", "$$\nE = mc^2\n$$ (energy)\n\nSee [](#energy).\n")
			.load(new CatalogLoader().typesettingLater(problem -> {
			}));
		Lesson one = result.catalog().courses().get(0).lessons().get(0);

		assertThat(one.body().hasId("energy")).isTrue();
		assertThat(one.body().isComplete()).isFalse();
		assertThat(one.html()).contains("id=\"energy\"").contains("<span class=\"equation-number\">(1)</span>")
			.contains("href=\"#energy\"").contains("<mi>E</mi>");
	}

	@Test
	void aDigitRightAfterAFormulaStaysText() {
		// Dollars followed by a digit are not a formula in MyST; the math role is, whatever follows it.
		LoadResult result = new ContentFolder(root).file("course.yml", "title: Algebra\nlessons:\n  - one.md\n")
			.lesson("one.md", "One", "The {math}`n`2 and {math}`m`10 cases.\n")
			.load();

		assertThat(result.catalog().courses().get(0).lessons().get(0).html()).contains("</math>2 and")
			.contains("</math>10 cases");
	}

	@Test
	void quizTextsKeepTheirFormulasInThePortalsFormulaCache() throws Exception {
		Path cache = root.resolve("math-cache");
		Markdown markdown = Markdown.typesettingWith(Formulas.cachedIn(cache));

		assertThat(markdown.html("What is $x^2$ at $x = 3$?")).contains("<msup><mi>x</mi>");
		assertThat(markdown.inlineHtml("$\\sqrt{9}$")).startsWith("<math>").contains("<msqrt>");

		try (Stream<Path> files = Files.walk(cache)) {
			assertThat(files.filter(Files::isRegularFile)).hasSize(3);
		}
	}
}
