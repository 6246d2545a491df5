package io.lectern.quiz.internal.web;

import io.lectern.quiz.Quiz;
import io.lectern.quiz.grading.Response;
import io.lectern.quiz.internal.Attempt;
import io.lectern.quiz.internal.GradedAttempt;
import io.lectern.quiz.internal.QuizVersion;
import io.lectern.quiz.internal.Standing;
import io.lectern.quiz.internal.web.AttemptJson.AttemptSummary;
import io.lectern.quiz.internal.web.AttemptJson.InProgress;
import io.lectern.quiz.internal.web.AttemptJson.Label;
import io.lectern.quiz.internal.web.AttemptJson.QuestionJson;
import io.lectern.quiz.internal.web.AttemptJson.QuizInfo;
import io.lectern.quiz.internal.web.AttemptJson.Result;
import io.lectern.quiz.internal.web.AttemptJson.Reviewed;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * Turns quizzes and attempts into the API's JSON, from the same views the pages use, so the API
 * can show no more than a page does.
 */
final class AttemptViews {

	private final QuizTexts texts;

	AttemptViews(QuizTexts texts) {
		this.texts = texts;
	}

	QuizInfo info(Quiz quiz, Standing standing) {
		return new QuizInfo(quiz.id().value(), quiz.title(), quiz.questionsPerAttempt(), quiz.passMark(),
				quiz.attemptsAllowed().isPresent() ? quiz.attemptsAllowed().getAsInt() : null,
				standing.attemptsLeft().isPresent() ? standing.attemptsLeft().getAsInt() : null,
				quiz.timeLimit().map(limit -> limit.toSeconds()).orElse(null), lower(quiz.grading().name()),
				standing.resultPercent().orElse(null), standing.resultPercent().isPresent() ? standing.passed() : null,
				standing.open().map(Attempt::publicId).orElse(null),
				standing.attempts().stream().map(attempt -> summary(quiz, attempt)).toList());
	}

	InProgress inProgress(Quiz quiz, QuizVersion version, Attempt attempt, Instant now) {
		List<QuestionJson> questions = QuestionFields.of(version, attempt, texts).stream()
			.map(field -> question(field, attempt))
			.toList();
		return new InProgress(attempt.publicId(), quiz.id().value(), attempt.number(), lower(attempt.state().name()),
				attempt.startedAt(), attempt.deadline().orElse(null), attempt.timeUp(now), questions);
	}

	Result result(Quiz quiz, QuizVersion version, Attempt attempt, GradedAttempt graded, boolean shown) {
		boolean score = quiz.review().score();
		List<Reviewed> questions = QuestionReviews.of(quiz, version, attempt, graded, shown, texts).stream()
			.map(review -> new Reviewed(review.id(), review.number(), review.prompt(), review.points(),
					score ? review.earned() : null, review.verdict() == null ? null : review.verdict().css(),
					AnswerJson.of(attempt.answer(review.id()).orElse(new Response.Blank())), review.correctAnswer().stream().map(QuestionReview.CorrectPart::inEnglish).toList(),
					review.feedback(), review.explanation(), review.working(), review.lessonLink()))
			.toList();
		return new Result(attempt.publicId(), quiz.id().value(), attempt.number(), lower(attempt.state().name()),
				score ? graded.score() : null, score ? graded.maxScore() : null, score ? graded.percent() : null,
				graded.passed(), graded.late(), graded.gradedAt(), shown, questions);
	}

	private static QuestionJson question(QuestionField field, Attempt attempt) {
		List<Label> choices = List.of();
		List<Label> items = List.of();
		List<Label> options = List.of();
		switch (field.kind()) {
			case SINGLE, MULTIPLE -> choices = field.options().stream().map(o -> new Label(o.value(), o.label())).toList();
			case MATCHING -> {
				items = field.rows().stream().map(row -> new Label(row.id(), row.label())).toList();
				options = field.rows().get(0).options().stream().map(o -> new Label(o.value(), o.label())).toList();
			}
			case ORDERING -> items = field.rows().stream().map(row -> new Label(row.id(), row.label())).toList();
			default -> {
			}
		}
		return new QuestionJson(field.id(), field.number(), field.type(), field.prompt(), field.creditRule(),
				field.points(), choices, items, options, attempt.answer(field.id()).map(AnswerJson::of).orElse(null));
	}

	private static AttemptSummary summary(Quiz quiz, Attempt attempt) {
		return new AttemptSummary(attempt.publicId(), attempt.number(), lower(attempt.state().name()), attempt.startedAt(),
				attempt.gradedAt().orElse(null), attempt.percent().orElse(null), "/api" + QuizUrls.attempt(quiz, attempt));
	}

	private static String lower(String name) {
		return name.toLowerCase(Locale.ROOT);
	}
}
