package io.lectern.operations.internal.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.lectern.content.AfterFirstPage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;

/**
 * The events left from before a start are handed over again after its first page, and only those:
 * one that this start's own requests published, and whose listener may still be at work, is not.
 */
class OutstandingEventsTest {

	private static final Instant STARTED = Instant.parse("2026-12-04T06:00:00Z");

	private final List<Predicate<EventPublication>> resubmitted = new CopyOnWriteArrayList<>();

	private final IncompleteEventPublications registry = new IncompleteEventPublications() {

		@Override
		public void resubmitIncompletePublications(Predicate<EventPublication> filter) {
			resubmitted.add(filter);
		}

		@Override
		public void resubmitIncompletePublicationsOlderThan(Duration duration) {
			throw new AssertionError("not by age: by the start");
		}

		@Override
		public void resubmitIncompletePublications(ResubmissionOptions options) {
			throw new AssertionError("not by options: by the start");
		}
	};

	@Test
	void afterTheFirstPageTheEventsPublishedBeforeTheStartAreHandedOverAndNoneSince() {
		AfterFirstPage atOnce = new AfterFirstPage(Duration.ZERO);
		OutstandingEvents outstanding = new OutstandingEvents(registry, atOnce, Clock.fixed(STARTED, ZoneOffset.UTC));

		assertThat(resubmitted).isEmpty();
		outstanding.atStartUp();

		assertThat(resubmitted).hasSize(1);
		Predicate<EventPublication> handedOver = resubmitted.get(0);
		assertThat(handedOver.test(publishedAt(STARTED.minusSeconds(30)))).isTrue();
		assertThat(handedOver.test(publishedAt(STARTED.plusMillis(1)))).isFalse();
	}

	@Test
	void nothingIsHandedOverWhileThePortalWaitsForItsFirstPage() throws Exception {
		AfterFirstPage waiting = new AfterFirstPage(Duration.ofMinutes(5));
		new OutstandingEvents(registry, waiting, Clock.fixed(STARTED, ZoneOffset.UTC)).atStartUp();

		Thread.sleep(300);
		assertThat(resubmitted).isEmpty();
		waiting.destroy();
	}

	private static EventPublication publishedAt(Instant when) {
		EventPublication publication = mock(EventPublication.class);
		when(publication.getPublicationDate()).thenReturn(when);
		return publication;
	}
}
