package io.lectern.quiz.internal;

import io.lectern.i18n.Explained;

/** No such attempt for this learner (404), whether it does not exist or belongs to someone else. */
public class AttemptNotFound extends Explained {

	public AttemptNotFound() {
		super("refusal.attempt.notFound");
	}
}
