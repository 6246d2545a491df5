package io.lectern.content.internal.load;

import io.lectern.content.internal.render.RenderedLesson;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Typesets the formulas of the lessons a load renders, when the load must hand them over complete
 * (a check), on one thread of its own beside the threads that render the lessons. Typesetting runs
 * a TeX library in a JavaScript interpreter that the JVM's compiler makes fast only while it runs.
 * On two cores, one thread typesetting every formula of a load while the others render finished
 * sooner than each rendering thread typesetting its own lessons: the compiler kept a core, and no
 * second interpreter had to load the library. A lesson without formulas, or a load that leaves
 * them for later, is handed on at once. Used by one load and closed at its end.
 */
final class TypesettingThread implements AutoCloseable {

	private final boolean typesetNow;
	private final ExecutorService thread = Executors.newSingleThreadExecutor(work -> {
		Thread typesetting = new Thread(work, "lectern-typesetting-load");
		typesetting.setDaemon(true);
		return typesetting;
	});
	private final List<Future<?>> queued = new ArrayList<>();

	/** @param typesetNow whether formulas are typeset before the load ends, rather than when their lesson is shown */
	TypesettingThread(boolean typesetNow) {
		this.typesetNow = typesetNow;
	}

	/** Hands {@code page} to {@code done}, its formulas typeset when the load must have them. */
	void finish(RenderedLesson page, Consumer<RenderedLesson> done) {
		if (!typesetNow || page.formulas().isEmpty()) {
			done.accept(page);
			return;
		}
		Future<?> typeset = thread.submit(() -> done.accept(page.typeset()));
		synchronized (queued) {
			queued.add(typeset);
		}
	}

	/** Waits until every lesson handed in is handed on; a failure while typesetting is thrown here. */
	void awaitAll() {
		List<Future<?>> all;
		synchronized (queued) {
			all = List.copyOf(queued);
		}
		for (Future<?> typeset : all) {
			try {
				typeset.get();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("Interrupted while formulas were typeset", ex);
			}
			catch (ExecutionException ex) {
				if (ex.getCause() instanceof RuntimeException failure) {
					throw failure;
				}
				if (ex.getCause() instanceof Error error) {
					throw error;
				}
				throw new IllegalStateException(ex.getCause());
			}
		}
	}

	/** Stops the thread; lessons still queued (after a failure elsewhere) are dropped with the load. */
	@Override
	public void close() {
		thread.shutdownNow();
	}
}
