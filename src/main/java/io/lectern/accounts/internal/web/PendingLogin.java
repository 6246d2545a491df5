package io.lectern.accounts.internal.web;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;

/**
 * A login whose password was right, waiting in the HTTP session for its second step: nobody is
 * authenticated until then. It lasts five minutes, enough to open an app and type a code.
 */
record PendingLogin(String learnerId, String username, Instant passwordAt, String next) implements Serializable {

	static final String ATTRIBUTE = "lectern.login.pending";

	static final Duration LIFETIME = Duration.ofMinutes(5);

	boolean expiredAt(Instant now) {
		return passwordAt.plus(LIFETIME).isBefore(now);
	}
}
