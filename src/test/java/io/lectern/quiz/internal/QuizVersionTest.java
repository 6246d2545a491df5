package io.lectern.quiz.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.lectern.authoring.Problems;
import io.lectern.quiz.Quiz;
import io.lectern.quiz.QuizQuestion;
import io.lectern.quiz.grading.Response;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Quiz and question versions: what they keep, and when an edit makes a new one. */
class QuizVersionTest {

	private static Quiz read(String yaml) {
		Problems problems = new Problems();
		return QuizReader.read("q.quiz.yml", yaml, problems, path -> Optional.of("/" + path))
			.orElseThrow(() -> new AssertionError(problems.sorted()));
	}

	private static List<Quiz> bundled() throws IOException {
		try (Stream<Path> files = Files.list(Path.of("src/main/resources/content/aws-data-security"))) {
			return files.filter(file -> file.toString().endsWith(".quiz.yml")).sorted().map(file -> {
				try {
					return read(Files.readString(file));
				}
				catch (IOException ex) {
					throw new AssertionError(ex);
				}
			}).toList();
		}
	}

	@Test
	void everyQuestionOfTheBundledCourseIsKeptWhole() throws IOException {
		List<QuizQuestion> questions = bundled().stream().flatMap(quiz -> quiz.questions().stream()).toList();
		assertThat(questions).extracting(QuizQuestion::type)
			.contains("single_choice", "multiple_response", "true_false", "short_answer", "numeric", "matching", "ordering");

		for (QuizQuestion question : questions) {
			String json = VersionJson.json(question);
			QuizQuestion kept = VersionJson.question(json);
			assertThat(VersionJson.json(kept)).as(question.question().info().id()).isEqualTo(json);
			assertThat(kept.labels()).containsExactlyEntriesOf(question.labels());
			for (Response response : List.of(new Response.Blank(), new Response.Text(" SSE-C "), new Response.Text("3"),
					new Response.Choices(question.choices().stream().map(choice -> choice.id()).limit(1).toList()))) {
				assertThat(kept.question().grade(response)).isEqualTo(question.question().grade(response));
			}
		}
	}

	@Test
	void theSameDefinitionIsTheSameVersionAndAnEditMakesANewOneOfThatQuestionOnly() {
		String q1 = "  - id: q1\n    type: true_false\n    prompt: Is S3 a storage service?\n    answer: true\n";
		String q2 = "  - id: q2\n    type: numeric\n    prompt: How many models?\n    answer: 3\n";
		QuizVersion first = QuizVersion.of(read("id: q\ntitle: Q\nquestions:\n" + q1 + q2));

		assertThat(QuizVersion.of(read("id: q\ntitle: Q\nquestions:\n" + q1 + q2))).isEqualTo(first);
		QuizVersion edited = QuizVersion.of(read("id: q\ntitle: Q\nquestions:\n" + q1 + q2.replace("answer: 3", "answer: 4")));
		assertThat(edited.hash()).isNotEqualTo(first.hash());
		assertThat(edited.question("q1").orElseThrow().hash()).isEqualTo(first.question("q1").orElseThrow().hash());
		assertThat(edited.question("q2").orElseThrow().hash()).isNotEqualTo(first.question("q2").orElseThrow().hash());

		QuizVersion reordered = QuizVersion.of(read("id: q\ntitle: Q\nquestions:\n" + q2 + q1));
		assertThat(reordered.hash()).isNotEqualTo(first.hash());
		assertThat(reordered.questions(List.of("q1", "q2"))).containsExactlyElementsOf(first.questions());
		// A new pass mark is a new version; a new title is not, as it changes no attempt's result.
		assertThat(QuizVersion.of(read("id: q\ntitle: Q\npass_mark: 90\nquestions:\n" + q1 + q2)).hash()).isNotEqualTo(first.hash());
		assertThat(QuizVersion.of(read("id: q\ntitle: Renamed\nquestions:\n" + q1 + q2))).isEqualTo(first);
	}

	@Test
	void aQuizIsWorkedOutOnceUntilAReloadBringsItAgain() {
		String yaml = "id: q\ntitle: Q\nquestions:\n  - id: q1\n    type: true_false\n    prompt: S3?\n    answer: true\n";
		QuizVersions versions = new QuizVersions(null, null);
		Quiz served = read(yaml);

		QuizVersion first = versions.current(served);

		// Every start asks: hashing the quiz's JSON each time cost 2 % of a graded attempt's CPU.
		assertThat(versions.current(served)).isSameAs(first);
		QuizVersion reloaded = versions.current(read(yaml));
		assertThat(reloaded).isNotSameAs(first).isEqualTo(first);
	}

	@Test
	void aKeptVersionReadsBackWithItsQuestionsInTheAuthorsOrder() {
		QuizVersion version = QuizVersion.of(read("id: q\ntitle: Q\npass_mark: 80\nshuffle_choices: true\nquestions:\n"
				+ "  - id: b\n    type: true_false\n    prompt: B?\n    answer: false\n"
				+ "  - id: a\n    type: short_answer\n    prompt: A?\n    answers:\n      - pattern: 'sse ?- ?c'\n"));
		String json = VersionJson.json(version.quizId(), version.passMark(), version.shuffleChoices(), version.questions());

		QuizVersion kept = VersionJson.quiz(version.hash(), json,
				hash -> version.questions().stream().filter(question -> question.hash().equals(hash)).findFirst().orElseThrow());

		assertThat(kept).isEqualTo(version);
		assertThat(kept.passMark()).isEqualTo(80);
		assertThat(kept.shuffleChoices()).isTrue();
		assertThat(kept.questions()).extracting(QuestionVersion::id).containsExactly("b", "a");
	}
}
