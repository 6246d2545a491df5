package io.lectern.quiz.internal;

import java.time.Duration;

/**
 * Grading is saturated and this submit was not let in: nothing of it was read or written, and it
 * should be sent again after {@link #retryAfter()} (503 with Retry-After).
 */
public class SubmitsBusy extends RuntimeException {

	private final Duration retryAfter;

	SubmitsBusy(Duration retryAfter) {
		super("Many learners are submitting at this moment and yours has not been graded yet. Nothing was lost and"
				+ " nothing was submitted: send it again in " + retryAfter.toSeconds() + " seconds.", null, false, false);
		this.retryAfter = retryAfter;
	}

	public Duration retryAfter() {
		return retryAfter;
	}
}
