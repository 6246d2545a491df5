package io.lectern.accounts.internal.web;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;

/**
 * A login whose first step was right (the password, or a provider's single sign-on), waiting in the
 * HTTP session for its second step: nobody is authenticated until then. It lasts five minutes,
 * enough to open an app and type a code. {@code firstStep} says, for the security event log, how
 * the first step was taken.
 */
public record PendingLogin(String learnerId, String username, Instant passwordAt, String next, String firstStep)
		implements Serializable {

	public static final String ATTRIBUTE = "lectern.login.pending";

	/** Where the second step is taken. */
	public static final String PATH = "/login/code";

	static final Duration LIFETIME = Duration.ofMinutes(5);

	PendingLogin(String learnerId, String username, Instant passwordAt, String next) {
		this(learnerId, username, passwordAt, next, "password");
	}

	boolean expiredAt(Instant now) {
		return passwordAt.plus(LIFETIME).isBefore(now);
	}
}
