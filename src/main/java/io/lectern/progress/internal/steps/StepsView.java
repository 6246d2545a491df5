package io.lectern.progress.internal.steps;

import io.lectern.accounts.LearnerId;
import io.lectern.progress.LessonCompleted;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Each signed-in learner's {@link StepsDone}, kept in this instance's memory for the end of every
 * lesson page they read ("Mark as complete", "40% done"), where reading their rows cost four queries
 * a page. Whatever writes those rows says so ({@link #changed}), and the learner's view is dropped
 * once that write commits, so this instance never shows a step older than its last write. A write
 * through another instance is not heard here: a view is read again after
 * {@code lectern.progress.steps-kept-for} (10 minutes unless set; 5 s in the {@code postgres}
 * profile, where several instances share the database), and at once when the learner's own session
 * says they changed something later than the view was read ({@link #of}).
 */
@Component
public class StepsView {

	/** The session attribute that says when its learner last changed their progress, to any instance. */
	private static final String CHANGED_AT = StepsView.class.getName() + ".changedAt";

	/** Beyond this many learners, the views that ran out are dropped before another is kept. */
	private static final int KEPT = 20_000;

	private record Kept(StepsDone steps, Instant readAt) {
	}

	private final Map<LearnerId, Kept> views = new ConcurrentHashMap<>();
	/** Counts the writes committed here; a read that a write overtook does not keep what it read. */
	private final AtomicLong writes = new AtomicLong();
	private final Duration keptFor;
	private final Clock clock;

	StepsView(@Value("${lectern.progress.steps-kept-for:10m}") Duration keptFor, Clock clock) {
		this.keptFor = keptFor;
		this.clock = clock;
	}

	/**
	 * The learner's steps, from memory unless their view is older than {@code keptFor} or than the
	 * last change their session remembers ({@link #changedIn}), else from {@code read} (their rows),
	 * kept for next time.
	 */
	public StepsDone of(LearnerId learner, HttpServletRequest request, Function<LearnerId, StepsDone> read) {
		HttpSession session = request.getSession(false);
		Instant changedSince = session == null ? null : (Instant) session.getAttribute(CHANGED_AT);
		Instant now = clock.instant();
		Kept kept = views.get(learner);
		if (kept != null && now.isBefore(kept.readAt().plus(keptFor))
				// The change was noted after it committed: a view read from then on holds it.
				&& (changedSince == null || !changedSince.isAfter(kept.readAt()))) {
			return kept.steps();
		}
		long writesBefore = writes.get();
		StepsDone steps = read.apply(learner);
		if (keptFor.isZero()) {
			return steps;
		}
		if (views.size() >= KEPT) {
			views.values().removeIf(old -> !now.isBefore(old.readAt().plus(keptFor)));
		}
		views.put(learner, new Kept(steps, now));
		// A write that counted itself after the read began has dropped this view already, or will.
		if (writes.get() != writesBefore) {
			views.remove(learner);
		}
		return steps;
	}

	/**
	 * Notes in the learner's session that they changed their progress now, so that the next page
	 * reads their rows again on whichever instance serves it, shared sessions being the one thing
	 * every instance sees at once.
	 */
	public void changedIn(HttpServletRequest request) {
		request.getSession().setAttribute(CHANGED_AT, clock.instant());
	}

	/** A lesson completed, with the button or by a quiz passed, in the transaction that completes it. */
	@EventListener
	void on(LessonCompleted completed) {
		changed(completed.learner());
	}

	/** The learner's rows are changing in the caller's transaction: their view goes once it commits. */
	public void changed(LearnerId learner) {
		afterCommit(() -> views.remove(learner));
	}

	/** Rows of many learners are changing (a lesson's file moved): every view goes once that commits. */
	public void changedForEveryone() {
		afterCommit(views::clear);
	}

	private void afterCommit(Runnable drop) {
		Runnable counted = () -> {
			writes.incrementAndGet();
			drop.run();
		};
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					counted.run();
				}
			});
		}
		else {
			counted.run();
		}
	}
}
