package io.lectern.quiz.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Turns of the grading gate that a test takes and keeps, as long gradings would, until it lets go:
 * with no queue behind the gate, every submit that comes meanwhile is certain to be told 503.
 */
public final class TakenTurns implements AutoCloseable {

	private final ExecutorService holders = Executors.newCachedThreadPool();
	private final CountDownLatch release = new CountDownLatch(1);
	private final List<Future<?>> held = new ArrayList<>();

	private TakenTurns() {
	}

	/** Takes {@code turns} of the gate's turns, and returns once every one of them is held. */
	public static TakenTurns take(SubmitGate gate, int turns) throws InterruptedException {
		TakenTurns taken = new TakenTurns();
		CountDownLatch inside = new CountDownLatch(turns);
		for (int i = 0; i < turns; i++) {
			taken.held.add(taken.holders.submit(() -> gate.through(() -> {
				inside.countDown();
				taken.awaitRelease();
				return null;
			})));
		}
		inside.await();
		return taken;
	}

	/** Gives the turns back, and waits until the gate has them. */
	public void letGo() throws Exception {
		release.countDown();
		for (Future<?> turn : held) {
			turn.get();
		}
	}

	/** Gives the turns back without waiting, and stops the threads that held them: for a test's end, whatever its outcome. */
	@Override
	public void close() {
		release.countDown();
		holders.shutdownNow();
	}

	private void awaitRelease() {
		try {
			release.await();
		}
		catch (InterruptedException stopped) {
			Thread.currentThread().interrupt();
		}
	}
}
