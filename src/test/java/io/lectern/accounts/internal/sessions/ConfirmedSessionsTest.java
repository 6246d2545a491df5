package io.lectern.accounts.internal.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import io.lectern.accounts.LearnerId;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * A login found open is trusted for one interval, never past its end of life, and never once its
 * end has committed through this instance.
 */
class ConfirmedSessionsTest {

	private static final Instant NOW = Instant.parse("2026-12-02T21:00:00Z");
	private static final Instant FAR = NOW.plus(Duration.ofDays(7));
	private static final LearnerId KIM = LearnerId.of("kim-id");
	private static final LearnerId LEE = LearnerId.of("lee-id");

	private final ConfirmedSessions confirmed = new ConfirmedSessions(Duration.ofSeconds(5));

	@Test
	void aLoginFoundOpenIsTrustedUntilTheIntervalRunsOutAndThenLookedUpAgain() {
		confirmed.confirm("laptop", KIM, NOW, FAR, confirmed.endsSoFar());

		assertThat(confirmed.open("laptop", KIM, NOW.plusMillis(4_999))).isTrue();
		assertThat(confirmed.open("laptop", KIM, NOW.plusSeconds(5))).as("another instance's end shows by now").isFalse();
		assertThat(confirmed.open("phone", KIM, NOW)).as("never found open").isFalse();
	}

	@Test
	void aLoginIsNeverTrustedPastItsEndOfLife() {
		confirmed.confirm("laptop", KIM, NOW, NOW.plusSeconds(2), confirmed.endsSoFar());

		assertThat(confirmed.open("laptop", KIM, NOW.plusSeconds(1))).isTrue();
		assertThat(confirmed.open("laptop", KIM, NOW.plusSeconds(2))).isFalse();
	}

	@Test
	void anotherLearnerPresentingTheSameLoginIdIsNotTrusted() {
		confirmed.confirm("laptop", KIM, NOW, FAR, confirmed.endsSoFar());

		assertThat(confirmed.open("laptop", LEE, NOW)).isFalse();
	}

	@Test
	void anEndThroughThisInstanceIsHonouredAtOnce() {
		confirmed.confirm("laptop", KIM, NOW, FAR, confirmed.endsSoFar());
		confirmed.confirm("phone", KIM, NOW, FAR, confirmed.endsSoFar());
		confirmed.confirm("desk", LEE, NOW, FAR, confirmed.endsSoFar());

		confirmed.ended(KIM, "phone"::equals);

		assertThat(confirmed.open("phone", KIM, NOW)).isFalse();
		assertThat(confirmed.open("laptop", KIM, NOW)).isTrue();

		confirmed.ended(KIM, id -> true);

		assertThat(confirmed.open("laptop", KIM, NOW)).isFalse();
		assertThat(confirmed.open("desk", LEE, NOW)).as("another learner's login").isTrue();
	}

	@Test
	void aLookUpOvertakenByAnEndKeepsNothing() {
		long endsBefore = confirmed.endsSoFar();
		// The look-up read the row; then the end committed and forgot what was known; then the look-up finished.
		confirmed.ended(KIM, id -> true);
		confirmed.confirm("laptop", KIM, NOW, FAR, endsBefore);

		assertThat(confirmed.open("laptop", KIM, NOW)).isFalse();
	}

	@Test
	void anIntervalOfZeroLooksEveryRequestUp() {
		ConfirmedSessions never = new ConfirmedSessions(Duration.ZERO);
		never.confirm("laptop", KIM, NOW, FAR, never.endsSoFar());

		assertThat(never.open("laptop", KIM, NOW)).isFalse();
	}
}
