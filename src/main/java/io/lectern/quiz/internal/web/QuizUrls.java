package io.lectern.quiz.internal.web;

import io.lectern.authoring.QuizId;
import io.lectern.quiz.Quiz;
import io.lectern.quiz.internal.Attempt;
import java.nio.charset.StandardCharsets;
import org.springframework.web.util.UriUtils;

/** The addresses of a quiz's pages, in one place for controllers and templates. */
public record QuizUrls(Quiz quiz) {

	static String intro(Quiz quiz) {
		return quiz.url();
	}

	static String intro(String quizId) {
		return Quiz.url(QuizId.of(quizId));
	}

	static String attempt(Quiz quiz, Attempt attempt) {
		return attempt(quiz, attempt.publicId());
	}

	static String attempt(Quiz quiz, String attemptId) {
		return intro(quiz) + "/attempts/" + UriUtils.encodePathSegment(attemptId, StandardCharsets.UTF_8);
	}

	public String intro() {
		return intro(quiz);
	}

	public String start() {
		return intro(quiz) + "/attempts";
	}

	public String practice() {
		return intro(quiz) + "/practice";
	}

	/** Where a practice question's form posts; the fragment brings the learner back to the question. */
	public String check(QuestionField question) {
		return practice() + "/" + UriUtils.encodePathSegment(question.id(), StandardCharsets.UTF_8) + "#"
				+ question.domId();
	}

	public String attempt(Attempt attempt) {
		return attempt(quiz, attempt);
	}
}
