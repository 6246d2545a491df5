package io.lectern.content.internal.web;

import io.lectern.content.CoursesReloaded;
import io.lectern.content.internal.ContentWatcher;
import java.io.IOException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Server-Sent Events for the people who write courses (the security policy lets only instructors
 * and admins in): an event named {@code course} with the course's slug whenever a course reloads,
 * so that their open lesson pages load again. A comment every {@link #HEARTBEAT} keeps proxies from
 * closing a quiet stream; a stream ends after {@link #LIFETIME}, and the browser opens another.
 * When the content folder is not watched nothing will ever change: the answer is 204, which tells
 * a browser's {@code EventSource} not to ask again.
 */
@RestController
class AuthoringEvents implements AutoCloseable {

	static final Duration HEARTBEAT = Duration.ofSeconds(20);

	static final Duration LIFETIME = Duration.ofMinutes(30);

	private final Set<SseEmitter> open = ConcurrentHashMap.newKeySet();
	private final ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor(task -> {
		Thread thread = new Thread(task, "lectern-authoring-events");
		thread.setDaemon(true);
		return thread;
	});

	private final boolean watching;

	AuthoringEvents(ObjectProvider<ContentWatcher> watcher) {
		this.watching = watcher.getIfAvailable() != null;
		heartbeat.scheduleAtFixedRate(() -> send(SseEmitter.event().comment("heartbeat")), HEARTBEAT.toMillis(),
				HEARTBEAT.toMillis(), TimeUnit.MILLISECONDS);
	}

	@GetMapping(path = "/authoring/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	ResponseEntity<SseEmitter> events() throws IOException {
		if (!watching) {
			return ResponseEntity.noContent().build();
		}
		SseEmitter emitter = new SseEmitter(LIFETIME.toMillis());
		open.add(emitter);
		emitter.onCompletion(() -> open.remove(emitter));
		emitter.onTimeout(emitter::complete);
		emitter.onError(failure -> open.remove(emitter));
		// Sent at once, so the browser (and any proxy) sees the stream open before the first change.
		emitter.send(SseEmitter.event().comment("open").reconnectTime(2000));
		return ResponseEntity.ok(emitter);
	}

	/** After the other modules caught up with the reload, so the page that loads again sees all of it. */
	@EventListener
	@Order(Ordered.LOWEST_PRECEDENCE)
	void on(CoursesReloaded reloaded) {
		reloaded.courseSlugs().forEach(slug -> send(SseEmitter.event().name("course").data(slug.value())));
	}

	private void send(SseEmitter.SseEventBuilder event) {
		for (SseEmitter emitter : open) {
			try {
				emitter.send(event);
			}
			catch (IOException | IllegalStateException gone) {
				// The browser went away: the stream is finished and forgotten.
				open.remove(emitter);
				emitter.completeWithError(gone);
			}
		}
	}

	@Override
	public void close() {
		heartbeat.shutdownNow();
		open.forEach(SseEmitter::complete);
	}
}
