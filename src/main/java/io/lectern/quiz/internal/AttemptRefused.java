package io.lectern.quiz.internal;

import io.lectern.i18n.Explained;

/** A request an attempt cannot honour in its current state; the message is for the learner. */
public class AttemptRefused extends Explained {

	AttemptRefused(String code, Object... arguments) {
		super(code, arguments);
	}
}
