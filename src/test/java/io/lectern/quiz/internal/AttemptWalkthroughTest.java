package io.lectern.quiz.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.lectern.accounts.LearnerId;
import io.lectern.authoring.Problems;
import io.lectern.quiz.Quiz;
import io.lectern.quiz.grading.Choice;
import io.lectern.quiz.grading.Response;
import io.lectern.quiz.grading.SingleChoice;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Moodle-style walkthroughs: start an attempt, answer, submit, and check state and mark at each step. */
class AttemptWalkthroughTest {

	private static final Instant NINE = Instant.parse("2026-11-28T09:00:00Z");

	private static Quiz quiz(String settings) {
		String yaml = "id: q\ntitle: Q\npass_mark: 60\n" + settings + "\nquestions:\n" + IntStream.rangeClosed(1, 5)
			.mapToObj(i -> "  - id: q" + i + "\n    type: single_choice\n    prompt: Question " + i + "\n    points: " + i
					+ "\n    choices:\n      - {id: right, text: R, correct: true}\n      - {id: wrong, text: W}\n"
					+ "      - {id: other, text: O}\n")
			.reduce("", String::concat);
		Problems problems = new Problems();
		return QuizReader.read("q.quiz.yml", yaml, problems, path -> Optional.of("/" + path))
			.orElseThrow(() -> new AssertionError(problems.sorted()));
	}

	private static Response.Choices pick(String id) {
		return new Response.Choices(List.of(id));
	}

	@Test
	void startAnswerSubmitAndGrade() {
		Quiz quiz = quiz("attempts: 2");
		Attempt attempt = Attempt.start(quiz, QuizVersion.of(quiz), LearnerId.of("ada"), 1, 42, NINE);
		assertThat(attempt.state()).isEqualTo(Attempt.State.IN_PROGRESS);
		assertThat(attempt.questionIds()).containsExactly("q1", "q2", "q3", "q4", "q5");

		attempt.save(Map.of("q1", pick("right")), NINE.plusSeconds(10));
		attempt.save(Map.of("q2", pick("wrong")), NINE.plusSeconds(20));
		attempt.save(Map.of("q2", pick("right")), NINE.plusSeconds(30));
		assertThat(attempt.answer("q2")).contains(pick("right"));
		assertThat(attempt.result(QuizVersion.of(quiz))).isEmpty();

		GradedAttempt result = attempt.submit(QuizVersion.of(quiz), Map.of("q5", pick("right"), "q4", pick("other")), NINE.plusSeconds(60));

		assertThat(attempt.state()).isEqualTo(Attempt.State.SUBMITTED);
		assertThat(result.score()).isEqualTo(1 + 2 + 5);
		assertThat(result.maxScore()).isEqualTo(15);
		assertThat(result.percent()).isCloseTo(53.33, within(0.01));
		assertThat(result.passed()).isFalse();
		assertThat(result.grades().get("q3").fraction()).isZero();
		assertThat(result.gradedAt()).isEqualTo(NINE.plusSeconds(60));
	}

	@Test
	void aSubmittedAttemptCannotChangeOrBeSubmittedAgain() {
		Quiz quiz = quiz("");
		Attempt attempt = Attempt.start(quiz, QuizVersion.of(quiz), LearnerId.of("ada"), 1, 1, NINE);
		GradedAttempt first = attempt.submit(QuizVersion.of(quiz), Map.of("q1", pick("right")), NINE.plusSeconds(5));

		assertThatThrownBy(() -> attempt.submit(QuizVersion.of(quiz), Map.of("q2", pick("right")), NINE.plusSeconds(6)))
			.isInstanceOf(AttemptRefused.class)
			.hasMessageContaining("already been submitted");
		assertThatThrownBy(() -> attempt.save(Map.of("q2", pick("right")), NINE.plusSeconds(7))).isInstanceOf(AttemptRefused.class);
		assertThat(attempt.result(QuizVersion.of(quiz))).contains(first);
	}

	@Test
	void answersToQuestionsOutsideTheAttemptAreRefusedOrIgnored() {
		Quiz quiz = quiz("draw: 2");
		Attempt attempt = Attempt.start(quiz, QuizVersion.of(quiz), LearnerId.of("ada"), 1, 7, NINE);
		String outside = quiz.questions()
			.stream()
			.map(question -> question.question().info().id())
			.filter(id -> !attempt.questionIds().contains(id))
			.findFirst()
			.orElseThrow();

		assertThatThrownBy(() -> attempt.save(Map.of(outside, pick("right")), NINE)).isInstanceOf(AttemptRefused.class);
		GradedAttempt result = attempt.submit(QuizVersion.of(quiz), Map.of(outside, pick("right")), NINE.plusSeconds(1));
		assertThat(result.grades()).containsOnlyKeys(attempt.questionIds());
		assertThat(result.score()).isZero();
	}

	@Test
	void theAttemptLimitIsEnforced() {
		Quiz quiz = quiz("attempts: 2");

		Attempt.start(quiz, QuizVersion.of(quiz), LearnerId.of("ada"), 2, 1, NINE);
		assertThatThrownBy(() -> Attempt.start(quiz, QuizVersion.of(quiz), LearnerId.of("ada"), 3, 1, NINE)).isInstanceOf(AttemptRefused.class)
			.hasMessage("You have used all 2 attempts at this quiz.");
		Attempt.start(quiz("attempts: unlimited"), QuizVersion.of(quiz("attempts: unlimited")), LearnerId.of("ada"), 50, 1, NINE);
	}

	@Test
	void aTimedAttemptTakesAnswersUntilTheDeadlineAndItsGrace() {
		Quiz quiz = quiz("time_limit: 10m");
		Attempt attempt = Attempt.start(quiz, QuizVersion.of(quiz), LearnerId.of("ada"), 1, 3, NINE);
		Instant deadline = NINE.plus(Duration.ofMinutes(10));
		assertThat(attempt.deadline()).contains(deadline);

		attempt.save(Map.of("q1", pick("right")), deadline.minusSeconds(1));
		assertThat(attempt.overdue(deadline.plusSeconds(1))).isTrue();
		attempt.save(Map.of("q2", pick("right")), deadline.plus(TimeLimit.GRACE));
		assertThatThrownBy(() -> attempt.save(Map.of("q3", pick("right")), deadline.plus(TimeLimit.GRACE).plusSeconds(1)))
			.isInstanceOf(AttemptRefused.class)
			.hasMessageContaining("Time is up");
	}

	@Test
	void aSubmitAfterTheGraceIsGradedAsOfTheDeadlineWithTheAnswersSavedInTime() {
		Quiz quiz = quiz("time_limit: 10m");
		Attempt attempt = Attempt.start(quiz, QuizVersion.of(quiz), LearnerId.of("ada"), 1, 3, NINE);
		Instant deadline = NINE.plus(Duration.ofMinutes(10));
		attempt.save(Map.of("q1", pick("right")), deadline.minusSeconds(30));

		GradedAttempt result = attempt.submit(QuizVersion.of(quiz), Map.of("q5", pick("right")), deadline.plus(Duration.ofMinutes(5)));

		assertThat(result.late()).isTrue();
		assertThat(result.gradedAt()).isEqualTo(deadline);
		assertThat(result.score()).isEqualTo(1);
		assertThat(attempt.state()).isEqualTo(Attempt.State.SUBMITTED);
	}

	@Test
	void theSeedFixesSelectionAndOrderSoAReloadShowsTheSameQuiz() {
		Quiz quiz = quiz("shuffle_questions: true\nshuffle_choices: true\ndraw: 3");
		List<Choice> choices = ((SingleChoice) quiz.questions().get(0).question()).choices();

		List<String> first = AttemptPlan.questionIds(quiz, 99);
		assertThat(first).hasSize(3).doesNotHaveDuplicates();
		assertThat(AttemptPlan.questionIds(quiz, 99)).isEqualTo(first);
		assertThat(AttemptPlan.choiceOrder(quiz.shuffleChoices(), 99, quiz.questions().get(0), choices)).isEqualTo(AttemptPlan.choiceOrder(quiz.shuffleChoices(), 99, quiz.questions().get(0), choices))
			.containsExactlyInAnyOrderElementsOf(choices);
		assertThat(IntStream.range(0, 20).mapToObj(seed -> AttemptPlan.questionIds(quiz, seed)).distinct().count())
			.isGreaterThan(1);
	}

	@Test
	void drawnQuestionsKeepTheAuthorsOrderWithoutShuffling() {
		List<String> drawn = AttemptPlan.questionIds(quiz("draw: 3"), 5);

		assertThat(drawn).hasSize(3).isSorted();
	}

	@Test
	void theGradingMethodCombinesAttempts() {
		Quiz quiz = quiz("");
		List<Double> attempts = List.of(graded(quiz, "q5").percent(), graded(quiz, "q1").percent(),
				graded(quiz, "q2").percent());

		assertThat(QuizResult.percent(Quiz.GradingMethod.HIGHEST, attempts).orElseThrow()).isCloseTo(100 * 5 / 15.0, within(1e-9));
		assertThat(QuizResult.percent(Quiz.GradingMethod.FIRST, attempts).orElseThrow()).isCloseTo(100 * 5 / 15.0, within(1e-9));
		assertThat(QuizResult.percent(Quiz.GradingMethod.LATEST, attempts).orElseThrow()).isCloseTo(100 * 2 / 15.0, within(1e-9));
		assertThat(QuizResult.percent(Quiz.GradingMethod.AVERAGE, attempts).orElseThrow()).isCloseTo(100 * 8 / 45.0, within(1e-9));
		assertThat(QuizResult.percent(Quiz.GradingMethod.HIGHEST, List.of())).isEmpty();
	}

	private static GradedAttempt graded(Quiz quiz, String rightQuestion) {
		return Attempt.start(quiz, QuizVersion.of(quiz), LearnerId.of("ada"), 1, 1, NINE).submit(QuizVersion.of(quiz), Map.of(rightQuestion, pick("right")), NINE.plusSeconds(1));
	}
}
