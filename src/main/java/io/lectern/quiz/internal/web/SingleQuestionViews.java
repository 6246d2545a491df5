package io.lectern.quiz.internal.web;

import io.lectern.accounts.LearnerId;
import io.lectern.quiz.QuestionViews;
import io.lectern.quiz.Quiz;
import io.lectern.quiz.QuizQuestion;
import io.lectern.quiz.ReviewOptions;
import io.lectern.quiz.grading.Grade;
import io.lectern.quiz.grading.Response;
import io.lectern.quiz.internal.Attempts;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.stereotype.Component;
import org.springframework.ui.ExtendedModelMap;

/** A question asked on its own, shown with the same fields and marking as an attempt's pages. */
@Component
class SingleQuestionViews implements QuestionViews {

	private final Attempts attempts;
	private final QuizTexts texts;
	private final QuizPageModel pages;

	SingleQuestionViews(Attempts attempts, QuizTexts texts, QuizPageModel pages) {
		this.attempts = attempts;
		this.texts = texts;
		this.pages = pages;
	}

	@Override
	public Map<String, Object> page(Quiz quiz) {
		ExtendedModelMap model = new ExtendedModelMap();
		pages.page(quiz, model, "");
		return model;
	}

	@Override
	public Object form(Quiz quiz, QuizQuestion question, Response given, LearnerId learner) {
		return QuestionFields.single(quiz, seed(learner), question, given, texts);
	}

	@Override
	public Response answer(Quiz quiz, QuizQuestion question, Function<String, String[]> parameters) {
		String id = question.question().info().id();
		return AnswerForm.read(List.of(question), parameters).get(id);
	}

	@Override
	public Object marking(Quiz quiz, QuizQuestion question, Response given, Grade grade, LearnerId learner) {
		boolean answersShown = attempts.standing(quiz, learner).correctAnswersShown();
		ReviewOptions rules = new ReviewOptions(true, true, true, true, quiz.review().correctAnswers());
		return QuestionReviews.review(1, rules, quiz.shuffleChoices(), seed(learner), question, given, grade, answersShown,
				texts.of(quiz, question));
	}

	/** The same choice order on every visit for this learner, so a checked question does not rearrange itself. */
	private static long seed(LearnerId learner) {
		return learner.value().hashCode();
	}
}
