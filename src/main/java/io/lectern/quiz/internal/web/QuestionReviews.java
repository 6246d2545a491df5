package io.lectern.quiz.internal.web;

import io.lectern.quiz.Quiz;
import io.lectern.quiz.QuizQuestion;
import io.lectern.quiz.ReviewOptions;
import io.lectern.quiz.grading.Choice;
import io.lectern.quiz.grading.Grade;
import io.lectern.quiz.grading.Matching;
import io.lectern.quiz.grading.NumericAnswer;
import io.lectern.quiz.grading.Ordering;
import io.lectern.quiz.grading.Question;
import io.lectern.quiz.grading.Response;
import io.lectern.quiz.grading.ShortAnswer;
import io.lectern.quiz.internal.Attempt;
import io.lectern.quiz.internal.AttemptPlan;
import io.lectern.quiz.internal.GradedAttempt;
import io.lectern.quiz.internal.QuestionVersion;
import io.lectern.quiz.internal.QuizVersion;
import io.lectern.quiz.internal.web.QuestionReview.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.web.util.HtmlUtils;

/**
 * Builds the review of a submitted attempt, showing what the quiz's review options allow. Feedback
 * and explanations give the answer away, so they are shown only when the correct answers are. The
 * questions are the attempt's own version of them, as the learner saw and answered them; the review
 * options are the quiz's current ones, as they say what may be revealed now.
 */
final class QuestionReviews {

	private QuestionReviews() {
	}

	static List<QuestionReview> of(Quiz quiz, QuizVersion version, Attempt attempt, GradedAttempt result,
			boolean correctAnswersShown, QuizTexts texts) {
		List<QuestionReview> reviews = new ArrayList<>();
		for (QuestionVersion question : version.questions(attempt.questionIds())) {
			reviews.add(review(reviews.size() + 1, quiz.review(), version.shuffleChoices(), attempt.seed(),
					question.question(), attempt.answer(question.id()).orElse(new Response.Blank()),
					result.grades().get(question.id()), correctAnswersShown, texts.of(question)));
		}
		return reviews;
	}

	/** One question's review, for an attempt or, with every option on, for a practice check. */
	static QuestionReview review(int number, ReviewOptions review, boolean shuffleChoices, long seed,
			QuizQuestion question, Response given, Grade grade, boolean correctAnswersShown, QuizTexts.Rendered text) {
		String questionId = question.question().info().id();
		return new QuestionReview(number, questionId, text.prompt(), question.question().info().points(),
				review.score() ? grade.points(question.question().info()) : 0,
				review.rightOrWrong() ? Verdict.of(grade.fraction()) : null,
				yourAnswer(shuffleChoices, seed, question, given, text),
				correctAnswersShown ? correctAnswer(question, text) : List.of(),
				correctAnswersShown && review.feedback() ? grade.feedback() : List.of(),
				correctAnswersShown && review.explanations() ? text.explanation() : "",
				review.rightOrWrong() ? grade.working() : "", review.rightOrWrong() ? grade.reason() : null,
				question.question().info().lessonLink());
	}

	private static List<String> yourAnswer(boolean shuffleChoices, long seed, QuizQuestion question, Response given,
			QuizTexts.Rendered text) {
		if (given instanceof Response.Choices picked) {
			return AttemptPlan.choiceOrder(shuffleChoices, seed, question, question.choices())
				.stream()
				.filter(choice -> picked.ids().contains(choice.id()))
				.map(choice -> text.label(choice.id()))
				.toList();
		}
		if (given instanceof Response.Text typed) {
			return List.of(HtmlUtils.htmlEscape(typed.value()));
		}
		if (given instanceof Response.Pairs pairs && question.question() instanceof Matching matching) {
			return pairs(matching, pairs.matches(), text);
		}
		if (given instanceof Response.Order order) {
			return order.ids().stream().map(text::label).toList();
		}
		return List.of();
	}

	private static List<QuestionReview.CorrectPart> correctAnswer(QuizQuestion quizQuestion, QuizTexts.Rendered text) {
		Question question = quizQuestion.question();
		if (question instanceof ShortAnswer shortAnswer) {
			return shortAnswer.accepted()
				.stream()
				.map(accepted -> accepted.text() != null ? QuestionReview.CorrectPart.of(HtmlUtils.htmlEscape(accepted.text()))
						: QuestionReview.CorrectPart.matching(accepted.pattern().pattern()))
				.toList();
		}
		return correctHtml(quizQuestion, text).stream().map(QuestionReview.CorrectPart::of).toList();
	}

	private static List<String> correctHtml(QuizQuestion quizQuestion, QuizTexts.Rendered text) {
		Question question = quizQuestion.question();
		if (question instanceof Matching matching) {
			return pairs(matching, matching.items(), text);
		}
		if (question instanceof Ordering ordering) {
			return ordering.order().stream().map(text::label).toList();
		}
		if (question instanceof NumericAnswer numeric) {
			String tolerance = numeric.tolerance().signum() == 0 ? "" : " (± " + numeric.tolerance().toPlainString() + ")";
			return List.of(HtmlUtils.htmlEscape(numeric.answer().toPlainString() + tolerance));
		}
		return quizQuestion.choices().stream().filter(Choice::correct).map(choice -> text.label(choice.id())).toList();
	}

	/** "item → option" lines, in the author's item order; an item left unmatched is left out. */
	private static List<String> pairs(Matching matching, Map<String, String> matches, QuizTexts.Rendered text) {
		List<String> lines = new ArrayList<>();
		for (String item : matching.items().keySet()) {
			String option = matches.get(item);
			if (option != null) {
				lines.add(text.label(item) + " → " + (matching.options().contains(option) ? text.label(option) : "?"));
			}
		}
		return lines;
	}
}
