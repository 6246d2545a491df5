package io.lectern.progress.internal.visits;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Writes the visits still noted when the portal stops. A lifecycle in phase 0 stops after the web
 * server (in a phase near {@link Integer#MAX_VALUE}), whose graceful shutdown lets the requests in
 * flight finish and note their visits first, and before any bean is destroyed: the database is
 * still open.
 */
@Component
class VisitsWrittenAtShutdown implements SmartLifecycle {

	private final LessonVisits visits;
	private volatile boolean running;

	VisitsWrittenAtShutdown(LessonVisits visits) {
		this.visits = visits;
	}

	@Override
	public void start() {
		running = true;
	}

	@Override
	public void stop() {
		visits.handOn();
		running = false;
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	@Override
	public int getPhase() {
		return 0;
	}
}
