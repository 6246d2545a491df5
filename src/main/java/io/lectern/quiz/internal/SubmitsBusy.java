package io.lectern.quiz.internal;

import io.lectern.i18n.Explained;
import java.time.Duration;

/**
 * Grading is saturated and this submit was not let in: nothing of it was read or written, and it
 * should be sent again after {@link #retryAfter()} (503 with Retry-After).
 */
public class SubmitsBusy extends Explained {

	private final Duration retryAfter;

	SubmitsBusy(Duration retryAfter) {
		super(false, "refusal.submit.busy", retryAfter.toSeconds());
		this.retryAfter = retryAfter;
	}

	public Duration retryAfter() {
		return retryAfter;
	}
}
