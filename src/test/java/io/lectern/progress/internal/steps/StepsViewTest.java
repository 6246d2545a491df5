package io.lectern.progress.internal.steps;

import static org.assertj.core.api.Assertions.assertThat;

import io.lectern.accounts.LearnerId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpSession;

/**
 * A learner's steps are read once and kept, until a write to their rows commits here, the learner's
 * session says they changed something since, or the view has been kept its time; on a clock the test moves.
 */
class StepsViewTest {

	private static final LearnerId ANA = LearnerId.of("ana-id");
	private static final LearnerId BEN = LearnerId.of("ben-id");
	private static final StepsDone NOTHING = new StepsDone(Map.of(), Set.of());

	private Instant now = Instant.parse("2026-12-02T21:00:00Z");

	private final StepsView view = new StepsView(Duration.ofSeconds(5), new Clock() {
		@Override
		public Instant instant() {
			return now;
		}

		@Override
		public ZoneOffset getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}
	});

	private final AtomicInteger reads = new AtomicInteger();
	private final Function<LearnerId, StepsDone> rows = learner -> {
		reads.incrementAndGet();
		return NOTHING;
	};
	private final MockHttpServletRequest page = signedIn();

	@Test
	void aLearnersStepsAreReadOnceForManyPages() {
		for (int i = 0; i < 5; i++) {
			assertThat(view.of(ANA, page, rows)).isEqualTo(NOTHING);
		}

		assertThat(reads).hasValue(1);
	}

	@Test
	void aWriteToTheLearnersRowsDropsTheirViewButNoOneElses() {
		view.of(ANA, page, rows);
		view.of(BEN, page, rows);

		view.changed(ANA);
		view.of(ANA, page, rows);
		view.of(BEN, page, rows);

		assertThat(reads).hasValue(3);
	}

	@Test
	void aLessonsFileMovingDropsEveryView() {
		view.of(ANA, page, rows);
		view.of(BEN, page, rows);

		view.changedForEveryone();
		view.of(ANA, page, rows);
		view.of(BEN, page, rows);

		assertThat(reads).hasValue(4);
	}

	@Test
	void aReadOvertakenByAWriteKeepsNothing() {
		// The rows were read, then a write committed, then the read finished: what it read may be old.
		view.of(ANA, page, learner -> {
			reads.incrementAndGet();
			view.changed(ANA);
			return NOTHING;
		});
		view.of(ANA, page, rows);

		assertThat(reads).hasValue(2);
	}

	@Test
	void aViewIsReadAgainOnceItsTimeIsUpForWhatOtherInstancesWrote() {
		view.of(ANA, page, rows);
		now = now.plusMillis(4_999);
		view.of(ANA, page, rows);
		assertThat(reads).hasValue(1);

		now = now.plusMillis(1);
		view.of(ANA, page, rows);

		assertThat(reads).hasValue(2);
	}

	@Test
	void aChangeTheLearnersSessionNotesLaterThanTheViewIsReadAgainAtOnce() {
		view.of(ANA, page, rows);
		now = now.plusMillis(100);
		// Noted by whichever instance took the completion; the session is shared by all of them.
		view.changedIn(page);
		view.of(ANA, page, rows);
		view.of(ANA, page, rows);

		assertThat(reads).as("read again once, then kept").hasValue(2);
	}

	@Test
	void keptForZeroReadsEveryPage() {
		StepsView never = new StepsView(Duration.ZERO, Clock.systemUTC());
		never.of(ANA, page, rows);
		never.of(ANA, page, rows);

		assertThat(reads).hasValue(2);
	}

	private static MockHttpServletRequest signedIn() {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/courses/a/b");
		request.setSession(new MockHttpSession());
		return request;
	}
}
