package io.lectern.quiz.internal;

import jakarta.persistence.Embeddable;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When an attempt started and, for a timed quiz, when its time runs out. Answers saved before the
 * deadline always count. Saving after the deadline (plus {@link #GRACE}, for slow networks) is
 * refused. A submit that arrives later than that is still graded, but as of the deadline: with the
 * answers saved in time, ignoring what came with it.
 */
@Embeddable
class TimeLimit {

	static final Duration GRACE = Duration.ofSeconds(30);

	private Instant startedAt;

	private Instant deadline;

	protected TimeLimit() {
	}

	TimeLimit(Instant startedAt, Optional<Duration> limit) {
		this.startedAt = startedAt;
		this.deadline = limit.map(startedAt::plus).orElse(null);
	}

	Instant startedAt() {
		return startedAt;
	}

	Optional<Instant> deadline() {
		return Optional.ofNullable(deadline);
	}

	boolean pastDeadline(Instant now) {
		return deadline != null && now.isAfter(deadline);
	}

	/** Whether the deadline and its grace period have passed, so answers no longer change. */
	boolean timeUp(Instant now) {
		return deadline != null && now.isAfter(deadline.plus(GRACE));
	}

	/** @throws AttemptRefused when the time is up, so answers are no longer saved */
	void requireTimeLeft(Instant now) {
		if (timeUp(now)) {
			throw new AttemptRefused("refusal.attempt.timeUp");
		}
	}

	/** When a submit that arrives {@code now} counts as submitted: now, or the deadline once the time is up. */
	Instant countsAsOf(Instant now) {
		return timeUp(now) ? deadline : now;
	}
}
