package io.lectern.quiz.internal;

import io.lectern.quiz.QuizQuestion;

/**
 * One version of a question: its whole definition (prompt, choices, correct answers, points,
 * feedback, labels) and the SHA-256 of that definition, under which it is kept once for every
 * attempt that shows it.
 */
public record QuestionVersion(String hash, QuizQuestion question) {

	public String id() {
		return question.question().info().id();
	}
}
