package io.lectern.quiz.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.lectern.content.Catalog;
import io.lectern.content.ContentCheck;
import io.lectern.content.ContentFolder;
import io.lectern.authoring.ContentProblem;
import io.lectern.quiz.Quizzes;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuizLoaderTest {

	@TempDir
	Path dir;

	private static String quiz(String id) {
		return "id: " + id + "\ntitle: T\nlessons: [a.md]\nquestions:\n"
				+ "  - {id: q, type: true_false, prompt: Sure, answer: true, lesson: a.md#part}\n";
	}

	@Test
	void quizzesBelongToTheirLessonsAndLinkToTheirSections() {
		Catalog catalog = new ContentFolder(dir).lesson("c/a.md", "A", "## Part\n").file("c/a.quiz.yml", quiz("first")).catalog();

		QuizLoader.Result result = QuizLoader.load(catalog);

		assertThat(result.problems()).isEmpty();
		assertThat(result.quizzes()).singleElement().satisfies(quiz -> {
			assertThat(quiz.lessons()).containsExactly("c/a.md");
			assertThat(quiz.questions().get(0).question().info().lessonLink()).isEqualTo("/courses/c/a#part");
		});
	}

	@Test
	void aQuestionMayNotLinkToASectionTheLessonDoesNotHave() {
		Catalog catalog = new ContentFolder(dir).lesson("c/a.md", "A", "## Another part\n").file("c/a.quiz.yml", quiz("first")).catalog();

		assertThat(QuizLoader.load(catalog).problems()).extracting(ContentProblem::toString)
			.containsExactly("c/a.quiz.yml:5: error: No lesson at a.md#part, or no heading with that id in it");
	}

	@Test
	void aQuizIdMayBeUsedOnlyOnce() {
		Catalog catalog = new ContentFolder(dir).lesson("c/a.md", "A", "## Part\n")
			.file("c/one.quiz.yml", quiz("same"))
			.file("c/two.quiz.yml", quiz("same"))
			.catalog();

		QuizLoader.Result result = QuizLoader.load(catalog);

		assertThat(result.quizzes()).hasSize(1);
		assertThat(result.problems()).extracting(ContentProblem::toString)
			.containsExactly("c/two.quiz.yml:1: error: Quiz id \"same\" is already used by c/one.quiz.yml");
	}

	@Test
	void theValidateCommandChecksQuizzesToo() {
		new ContentFolder(dir).lesson("c/a.md", "A", "x").file("c/bad.quiz.yml", "id: q\ntitle: T\nlessons: [gone.md]\n");
		ByteArrayOutputStream out = new ByteArrayOutputStream();

		int exit = ContentCheck.run(dir, new PrintStream(out, true, StandardCharsets.UTF_8), List.of(Quizzes::problemsIn), false);

		assertThat(exit).isEqualTo(1);
		assertThat(out.toString(StandardCharsets.UTF_8)).contains("c/bad.quiz.yml:3: error: No lesson at c/gone.md")
			.contains("c/bad.quiz.yml:1: error: A quiz needs at least one question")
			.contains("2 errors, no warnings");
	}
}
