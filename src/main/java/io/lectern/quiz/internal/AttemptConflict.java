package io.lectern.quiz.internal;

import io.lectern.i18n.Explained;

/** The request lost to another one on the same attempt (409); nothing was changed. */
public class AttemptConflict extends Explained {

	AttemptConflict(String code, Object... arguments) {
		super(code, arguments);
	}

	/** The attempt was submitted already, by this request's twin or earlier. */
	static AttemptConflict alreadySubmitted() {
		return new AttemptConflict("refusal.attempt.alreadySubmitted");
	}
}
