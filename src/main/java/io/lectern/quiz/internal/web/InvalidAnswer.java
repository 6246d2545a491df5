package io.lectern.quiz.internal.web;

import io.lectern.i18n.Explained;

/** An answer the form or API cannot take as sent (400); the message says what to change. */
class InvalidAnswer extends Explained {

	InvalidAnswer(String code, Object... arguments) {
		super(code, arguments);
	}
}
