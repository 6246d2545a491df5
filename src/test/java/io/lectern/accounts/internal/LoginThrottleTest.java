package io.lectern.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The throttle's limits and how its locks run out, on a clock the test moves. */
class LoginThrottleTest {

	private Instant now = Instant.parse("2026-11-29T09:00:00Z");

	private final LoginThrottle throttle = new LoginThrottle(5, 20, Duration.ofMinutes(15), new Clock() {
		@Override
		public Instant instant() {
			return now;
		}

		@Override
		public ZoneOffset getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}
	});

	@Test
	void theFifthFailureForANameLocksItUntilTheFirstLeavesTheWindow() {
		for (int i = 0; i < 4; i++) {
			throttle.failed("Ana", "10.0.0." + i);
			now = now.plusSeconds(60);
		}
		assertThat(throttle.lockedFor("ana", "10.0.0.9")).isEmpty();
		throttle.failed("ANA ", "10.0.0.9");

		assertThat(throttle.lockedFor("ana", "10.0.0.10")).contains(Duration.ofMinutes(11));
		now = now.plus(Duration.ofMinutes(11)).minusSeconds(1);
		assertThat(throttle.lockedFor("ana", "10.0.0.10")).contains(Duration.ofSeconds(1));
		now = now.plusSeconds(1);
		assertThat(throttle.lockedFor("ana", "10.0.0.10")).as("the lock ran out by itself").isEmpty();
	}

	@Test
	void twentyFailuresFromOneAddressLockItForEveryName() {
		for (int i = 0; i < 20; i++) {
			throttle.failed("name-" + i, "10.0.0.1");
		}

		assertThat(throttle.lockedFor("someone-else", "10.0.0.1")).contains(Duration.ofMinutes(15));
		assertThat(throttle.lockedFor("someone-else", "10.0.0.2")).isEmpty();
		now = now.plus(Duration.ofMinutes(15));
		assertThat(throttle.lockedFor("someone-else", "10.0.0.1")).isEmpty();
	}

	@Test
	void aRightPasswordClearsTheNameButNotTheAddress() {
		for (int i = 0; i < 4; i++) {
			throttle.failed("ana", "10.0.0.1");
		}
		throttle.succeeded("ana");
		for (int i = 0; i < 4; i++) {
			throttle.failed("ana", "10.0.0.1");
		}

		assertThat(throttle.lockedFor("ana", "10.0.0.2")).isEmpty();
		for (int i = 0; i < 12; i++) {
			throttle.failed("bob", "10.0.0.1");
		}
		assertThat(throttle.lockedFor("carol", "10.0.0.1")).isPresent();
	}

	@Test
	void failuresThatNameNoAccountCountOnlyAgainstTheirAddress() {
		for (int i = 0; i < 19; i++) {
			throttle.failedFrom("10.0.0." + i);
			throttle.failedFrom("10.0.0.99");
		}
		assertThat(throttle.lockedFrom("10.0.0.99")).isEmpty();
		throttle.failedFrom("10.0.0.99");

		assertThat(throttle.lockedFrom("10.0.0.99")).contains(Duration.ofMinutes(15));
		assertThat(throttle.lockedFor("ana", "10.0.0.99")).as("logins from there, whatever the name").isPresent();
		assertThat(throttle.lockedFrom("10.0.0.1")).as("each address counts its own").isEmpty();
		assertThat(throttle.lockedFor("", "10.0.0.1")).as("no name is locked").isEmpty();
	}
}
