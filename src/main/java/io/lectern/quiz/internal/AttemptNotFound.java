package io.lectern.quiz.internal;

/** No such attempt for this learner (404), whether it does not exist or belongs to someone else. */
public class AttemptNotFound extends RuntimeException {

	public AttemptNotFound() {
		super("There is no such attempt.");
	}
}
