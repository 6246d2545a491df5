package io.lectern.quiz.internal;

/** The request lost to another one on the same attempt (409); nothing was changed. */
public class AttemptConflict extends RuntimeException {

	AttemptConflict(String message) {
		super(message);
	}
}
