package io.lectern.operations.internal.events;

import io.lectern.content.AfterFirstPage;
import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.stereotype.Component;

/**
 * Hands the events still stored from before this start (the portal stopped before their listener
 * finished: a graded attempt's certificate check, say) to their listeners again, once the first
 * page is served ({@link AfterFirstPage}). Spring Modulith would do it itself
 * ({@code spring.modulith.events.republish-outstanding-events-on-restart}) while the context is
 * made, with a JPA query whose first parse loads Hibernate's query grammar: about 850 classes and
 * 0.4 s of the main thread before the portal answered anything, for what is nearly always an
 * empty table.
 *
 * <p>Only the events published before this instance began are handed over: by the time this runs,
 * requests may have published new ones whose listeners are still at work, and handing those over
 * too would run a listener twice.
 */
@Component
class OutstandingEvents {

	private static final Logger log = LoggerFactory.getLogger(OutstandingEvents.class);

	private final IncompleteEventPublications incomplete;
	private final AfterFirstPage afterFirstPage;
	private final Instant began;

	OutstandingEvents(IncompleteEventPublications incomplete, AfterFirstPage afterFirstPage, Clock clock) {
		this.incomplete = incomplete;
		this.afterFirstPage = afterFirstPage;
		this.began = clock.instant();
	}

	@EventListener(ApplicationReadyEvent.class)
	void atStartUp() {
		afterFirstPage.execute(() -> {
			incomplete.resubmitIncompletePublications(publication -> publication.getPublicationDate().isBefore(began));
			log.debug("Handed the events outstanding from before {} to their listeners again", began);
		});
	}
}
