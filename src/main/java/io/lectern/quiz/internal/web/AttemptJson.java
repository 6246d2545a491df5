package io.lectern.quiz.internal.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** JSON shapes of the quiz API. None of them holds a correct answer before the attempt is submitted. */
final class AttemptJson {

	private AttemptJson() {
	}

	/** A quiz, and where the requesting learner stands with it. */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record QuizInfo(String id, String title, int questions, int passMark, Integer attemptsAllowed, Integer attemptsLeft,
			Long timeLimitSeconds, String grading, Double resultPercent, Boolean passed, String openAttempt,
			List<AttemptSummary> attempts) {
	}

	record AttemptSummary(String id, int number, String state, Instant startedAt, Instant gradedAt, Double percent,
			String url) {
	}

	/** An attempt in progress: its questions in order, with the learner's saved answers. */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record InProgress(String id, String quizId, int number, String state, Instant startedAt, Instant deadline,
			boolean timeUp, List<QuestionJson> questions) {
	}

	/**
	 * One question to answer, with its type as authors write it ({@code single_choice}, {@code matching}...).
	 * {@code prompt} and labels are HTML. Choice questions list
	 * {@code choices}; matching lists {@code items} and {@code options}; ordering lists {@code items}
	 * in the order first shown.
	 */
	@JsonInclude(JsonInclude.Include.NON_EMPTY)
	record QuestionJson(String id, int number, String type, String prompt, String creditRule, double points,
			List<Label> choices, List<Label> items, List<Label> options, AnswerJson answer) {
	}

	record Label(String id, String label) {
	}

	/** Answers to save or submit, by question id. Unknown fields, such as a score, are ignored. */
	record Answers(Map<String, AnswerJson> answers) {
	}

	/** A submitted attempt's result, showing what the quiz's review options allow. */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Result(String id, String quizId, int number, String state, Double score, Double maxScore, Double percent,
			boolean passed, boolean late, Instant gradedAt, boolean correctAnswersShown, List<Reviewed> questions) {
	}

	/** {@code correctAnswer} and {@code explanation} are HTML; absent while held back. */
	@JsonInclude(JsonInclude.Include.NON_EMPTY)
	record Reviewed(String id, int number, String prompt, double points, Double earned, String verdict, AnswerJson yourAnswer,
			List<String> correctAnswer, List<String> feedback, String explanation, String working, String lessonLink) {
	}
}
