package io.lectern.content;

import jakarta.servlet.ServletRequestEvent;
import jakarta.servlet.ServletRequestListener;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;

/**
 * Where the modules put the work a portal starts once it is up and no page waits for: the search
 * index, the standings' catch-up, the formulas the load left to typeset. It runs after the portal
 * has answered its first request, or at the latest {@code wait} after the first task came (the
 * portal became ready), one task after another on one thread.
 *
 * <p>Why: started at readiness, that work took the two cores of a small server from the first
 * page, which then came about two seconds of CPU later; the page a newcomer or a probe first asks
 * for is what start-up is measured by. The work is not lost, only moved: a search that comes first
 * builds the index itself, a lesson asked for first typesets its own formulas, and the standings
 * a page reads meanwhile are those the last start left, as they were while the catch-up ran.
 */
public final class AfterFirstPage implements ServletRequestListener, DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(AfterFirstPage.class);

	private final Duration wait;
	private final CountDownLatch firstRequestAnswered = new CountDownLatch(1);
	private final ExecutorService worker = Executors.newSingleThreadExecutor(task -> {
		Thread thread = new Thread(task, "lectern-after-first-page");
		thread.setDaemon(true);
		return thread;
	});
	/** When the wait ends without a request: set by the first task. */
	private volatile long deadline;
	/** Whether the worker has begun the work; read and written by the worker alone. */
	private boolean started;

	/**
	 * @param wait how long the work waits for a first request at most, from the first task; zero
	 *     runs each task at once on the caller's thread
	 */
	public AfterFirstPage(Duration wait) {
		this.wait = wait;
	}

	/**
	 * Runs {@code task} after the first page. Not an {@link java.util.concurrent.Executor}: a bean
	 * of that type would stand in for Spring Boot's own task executor, which {@code @Async} uses.
	 */
	public void execute(Runnable task) {
		if (wait.isZero()) {
			// Waiting turned off: the work runs at readiness, on the thread that reports it, as
			// before this class; the test suite starts that way, so no test races the catch-up.
			run(task);
			return;
		}
		if (deadline == 0) {
			synchronized (this) {
				if (deadline == 0) {
					deadline = System.nanoTime() + wait.toNanos();
				}
			}
		}
		worker.execute(() -> {
			if (awaitFirstRequest()) {
				run(task);
			}
		});
	}

	private static void run(Runnable task) {
		try {
			task.run();
		}
		catch (RuntimeException ex) {
			// One task failing leaves the others to run; each says in its own log what it missed.
			log.error("Start-up work after the first page failed", ex);
		}
	}

	/** @return false when the portal is stopping meanwhile, and the work is not worth starting */
	private boolean awaitFirstRequest() {
		try {
			boolean answered = firstRequestAnswered.await(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
			if (!started) {
				started = true;
				// Why the index and the catch-up log their lines when they do.
				log.info(answered ? "Starting the work left for after the first page: the first request is answered"
						: "Starting the work left for after the first page: no request came within {} ms", wait.toMillis());
			}
			return true;
		}
		catch (InterruptedException stopping) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	/** Every request's end: the first releases the work; after it, a read of a counter at zero. */
	@Override
	public void requestDestroyed(ServletRequestEvent request) {
		if (firstRequestAnswered.getCount() > 0) {
			firstRequestAnswered.countDown();
		}
	}

	@Override
	public void destroy() {
		worker.shutdownNow();
	}
}
