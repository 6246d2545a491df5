package io.lectern.accounts.internal.sessions;

import io.lectern.accounts.LearnerId;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The logins this instance found open a moment ago, so that a busy session's row is looked up at
 * most once an interval ({@code lectern.sessions.checked-every}) rather than at every request: that
 * lookup, a transaction of its own, was a sixth of a signed-in lesson page's CPU time. A login ended
 * through this instance is forgotten here as soon as its end commits, so it is logged out at its
 * next request; one ended through another instance, or by a change made outside the portal, is
 * logged out here at the first request after its interval runs out.
 */
final class ConfirmedSessions {

	/** Beyond this many, the confirmations that ran out are dropped before another is kept. */
	private static final int KEPT = 20_000;

	private record Confirmed(LearnerId learner, Instant until) {
	}

	private final Map<String, Confirmed> confirmed = new ConcurrentHashMap<>();
	/** Counts the ends committed here; a lookup that an end overtook does not keep what it found. */
	private final AtomicLong ends = new AtomicLong();
	private final Duration interval;

	/** @param interval how long a login found open is trusted without a look at its row; zero never */
	ConfirmedSessions(Duration interval) {
		this.interval = interval;
	}

	/** Whether the login was found open, for this learner, less than an interval ago. */
	boolean open(String id, LearnerId learner, Instant now) {
		Confirmed known = confirmed.get(id);
		return known != null && known.learner().equals(learner) && now.isBefore(known.until());
	}

	/** To be read before looking the login up, and handed to {@link #confirm}. */
	long endsSoFar() {
		return ends.get();
	}

	/**
	 * Keeps a login just found open, until the interval runs out or the login reaches its end of
	 * life, whichever is first; unless an end committed since {@code endsBefore} was read, since the
	 * lookup may have read the row before that end deleted it.
	 */
	void confirm(String id, LearnerId learner, Instant now, Instant endOfLife, long endsBefore) {
		if (interval.isZero()) {
			return;
		}
		if (confirmed.size() >= KEPT) {
			confirmed.values().removeIf(known -> !now.isBefore(known.until()));
		}
		Instant until = now.plus(interval);
		confirmed.put(id, new Confirmed(learner, until.isBefore(endOfLife) ? until : endOfLife));
		// An end that counted itself after the check above has forgotten this login already, or will.
		if (ends.get() != endsBefore) {
			confirmed.remove(id);
		}
	}

	/**
	 * Forgets the learner's logins that {@code ended} names (by id), once the caller's transaction
	 * commits the rows' deletion, or at once outside a transaction.
	 */
	void ended(LearnerId learner, Predicate<String> ended) {
		Runnable forget = () -> {
			ends.incrementAndGet();
			confirmed.entrySet()
				.removeIf(entry -> entry.getValue().learner().equals(learner) && ended.test(entry.getKey()));
		};
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					forget.run();
				}
			});
		}
		else {
			forget.run();
		}
	}
}
