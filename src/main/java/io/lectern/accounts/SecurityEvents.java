package io.lectern.accounts;

/**
 * The security event log, for what other modules do with an account's data: each call adds an
 * event that admins read at {@code /admin/security-events} and that the structured log carries.
 */
public interface SecurityEvents {

	/** A learner downloaded everything the portal keeps about them, from this client address. */
	void dataExported(LearnerId learnerId, String address);
}
