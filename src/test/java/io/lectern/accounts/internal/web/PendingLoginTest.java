package io.lectern.accounts.internal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A login waiting for its code lasts five minutes from the right password, then has to start again. */
class PendingLoginTest {

	private static final Instant PASSWORD_AT = Instant.parse("2026-03-01T10:00:00Z");

	private final PendingLogin login = new PendingLogin("id", "ana", PASSWORD_AT, "/me");

	@Test
	void theSecondStepCanBeTakenWithinFiveMinutes() {
		assertThat(login.expiredAt(PASSWORD_AT.plus(Duration.ofMinutes(4)))).isFalse();
		assertThat(login.expiredAt(PASSWORD_AT.plus(Duration.ofMinutes(5)))).isFalse();
	}

	@Test
	void theSecondStepExpiresAfterFiveMinutes() {
		assertThat(login.expiredAt(PASSWORD_AT.plus(Duration.ofMinutes(5)).plusSeconds(1))).isTrue();
	}
}
