package io.lectern.quiz.internal.web;

/** An answer the form or API cannot take as sent (400); the message says what to change. */
class InvalidAnswer extends RuntimeException {

	InvalidAnswer(String message) {
		super(message);
	}
}
