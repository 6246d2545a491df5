package io.lectern.quiz.internal;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * A bounded queue in front of grading. At the end of a timed exam a whole class submits within
 * seconds: unbounded, every submit would take a request thread and then wait for one of the few
 * database connections, and the slowest would time out with an error after their work was half
 * done. Here a few submits are graded at a time, first come first served; the others wait their
 * turn, up to a limit in number and in time. Past either limit a submit is refused at once, before
 * anything is read or written, with an estimate of when to come back ({@link SubmitsBusy}, a 503
 * with Retry-After): nothing is lost, and since nothing was done, a retry cannot count twice.
 *
 * <p>Grading is taken before its transaction begins, so a waiting submit holds no connection.
 */
@Component
public class SubmitGate {

	private final int concurrency;
	private final int queue;
	private final Duration maxWait;
	private final Semaphore turns;
	private final AtomicInteger inside = new AtomicInteger();
	/** A moving average of how long one grading takes, in nanoseconds, for the retry estimate. */
	private volatile double gradingNanos = 50e6;
	private final Counter refused;

	SubmitGate(@Value("${lectern.quiz.submit.concurrency:0}") int concurrency,
			@Value("${lectern.quiz.submit.queue:100}") int queue,
			@Value("${lectern.quiz.submit.max-wait:10s}") Duration maxWait, MeterRegistry meters) {
		// Grading is CPU and a commit: twice the cores keeps both busy; more only adds waiting inside.
		this.concurrency = concurrency > 0 ? concurrency : Math.min(8, 2 * Runtime.getRuntime().availableProcessors());
		this.queue = Math.max(0, queue);
		this.maxWait = maxWait;
		this.turns = new Semaphore(this.concurrency, true);
		this.refused = Counter.builder("lectern.quiz.submits.refused")
			.description("Submits answered 503 (Retry-After) because grading was saturated")
			.register(meters);
		// Those inside less those being graded (the turns taken).
		meters.gauge("lectern.quiz.submits.waiting", inside,
				count -> Math.max(0, count.get() - (this.concurrency - turns.availablePermits())));
	}

	/**
	 * Runs {@code grading} when its turn comes.
	 *
	 * @throws SubmitsBusy when the queue is full or the turn did not come within the longest wait;
	 *     {@code grading} was not run
	 */
	public <T> T through(Supplier<T> grading) {
		if (inside.incrementAndGet() > concurrency + queue) {
			inside.decrementAndGet();
			throw busy();
		}
		try {
			if (!turns.tryAcquire(maxWait.toNanos(), TimeUnit.NANOSECONDS)) {
				throw busy();
			}
		}
		catch (InterruptedException stopping) {
			Thread.currentThread().interrupt();
			inside.decrementAndGet();
			throw busy();
		}
		catch (SubmitsBusy refusal) {
			inside.decrementAndGet();
			throw refusal;
		}
		long began = System.nanoTime();
		try {
			return grading.get();
		}
		finally {
			gradingNanos = 0.9 * gradingNanos + 0.1 * (System.nanoTime() - began);
			turns.release();
			inside.decrementAndGet();
		}
	}

	/** How many submits may be inside at once: being graded, or waiting their turn. */
	public int capacity() {
		return concurrency + queue;
	}

	/** How many submits are inside now: being graded, or waiting their turn. */
	public int inside() {
		return inside.get();
	}

	/**
	 * Come back when the submits now inside have likely been graded, and at a moment of one's own:
	 * retries spread over a few seconds rather than all arriving together again.
	 */
	private SubmitsBusy busy() {
		refused.increment();
		double drainSeconds = inside.get() * gradingNanos / concurrency / 1e9;
		// At most half a minute: a retry that comes too early costs one refusal, which reads nothing.
		long seconds = 1 + (long) Math.ceil(Math.min(drainSeconds, 27)) + ThreadLocalRandom.current().nextLong(3);
		return new SubmitsBusy(Duration.ofSeconds(seconds));
	}
}
