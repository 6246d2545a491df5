package io.lectern.content.internal;

import io.lectern.content.internal.git.GitProperties;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;

/**
 * Fetches the course repository on the poll interval, and looks in the database on the check
 * interval for a commit another instance was asked to serve. Both start once the portal is up, so
 * that the modules listening for reloads are all there; the first fetch runs at once.
 */
final class GitPolling implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(GitPolling.class);

	private final GitContent content;
	private final GitProperties properties;
	private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(task -> {
		Thread thread = new Thread(task, "lectern-content-git");
		thread.setDaemon(true);
		return thread;
	});

	GitPolling(GitContent content, GitProperties properties) {
		this.content = content;
		this.properties = properties;
	}

	@EventListener(ApplicationReadyEvent.class)
	void start() {
		scheduler.scheduleWithFixedDelay(() -> run(() -> content.reload()), 0, properties.poll().toMillis(), TimeUnit.MILLISECONDS);
		scheduler.scheduleWithFixedDelay(() -> run(() -> content.converge()), properties.check().toMillis(), properties.check().toMillis(),
				TimeUnit.MILLISECONDS);
		log.info("Fetching {} every {} s", content.description(), properties.poll().toSeconds());
	}

	@Override
	public void close() {
		scheduler.shutdownNow();
	}

	/** A failure is reported by the content itself; the next round tries again. */
	private static void run(Runnable round) {
		try {
			round.run();
		}
		catch (RuntimeException ex) {
			log.error("Updating the courses from git failed", ex);
		}
	}
}
