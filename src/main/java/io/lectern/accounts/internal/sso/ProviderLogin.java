package io.lectern.accounts.internal.sso;

import io.lectern.accounts.Role;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

/**
 * What a provider said about the person it logged in, as far as the portal uses it: who they are
 * there (issuer and subject), their e-mail address and whether the provider verified it, names to
 * start an account with, the roles its claim gives (null when roles do not follow a claim), and
 * whether it vouched for a second factor. Kept in the HTTP session while the person decides to
 * link an account, for {@link #LIFETIME} at most; nobody is logged in meanwhile.
 */
record ProviderLogin(String registrationId, String providerName, String issuer, String subject, String email,
		boolean emailVerified, String displayName, String preferredUsername, Set<Role> roles, boolean multiFactor,
		String next, Instant at) implements Serializable {

	static final String ATTRIBUTE = "lectern.sso.pending";

	static final Duration LIFETIME = Duration.ofMinutes(10);

	boolean expiredAt(Instant now) {
		return at.plus(LIFETIME).isBefore(now);
	}

	/** How the login is described in the security event log. */
	String describe() {
		return "single sign-on with " + registrationId + (multiFactor ? ", two factors at the provider" : "");
	}
}
