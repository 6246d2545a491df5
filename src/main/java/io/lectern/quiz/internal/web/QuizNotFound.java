package io.lectern.quiz.internal.web;

import io.lectern.i18n.Explained;

/** The API was asked about a quiz that does not exist (404). */
class QuizNotFound extends Explained {

	QuizNotFound() {
		super("refusal.quiz.notFound");
	}
}
