package io.lectern.quiz.internal;

/** A request an attempt cannot honour in its current state; the message is for the learner. */
public class AttemptRefused extends RuntimeException {

	AttemptRefused(String message) {
		super(message);
	}
}
