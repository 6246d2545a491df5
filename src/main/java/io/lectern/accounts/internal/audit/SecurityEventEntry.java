package io.lectern.accounts.internal.audit;

/**
 * An event about to be written: what, how it ended, and as much as is known of whose account, who
 * acted and from where. Built step by step: {@code of(LOGIN, FAILED).account(typed, null).from(address)}.
 */
public record SecurityEventEntry(SecurityEventKind kind, Outcome outcome, String username, String learnerId,
		String actor, String address, String detail) {

	public static SecurityEventEntry of(SecurityEventKind kind, Outcome outcome) {
		return new SecurityEventEntry(kind, outcome, null, null, null, null, null);
	}

	/** The account concerned: its username (as typed, when no account may match) and learner id if known. */
	public SecurityEventEntry account(String name, String id) {
		return new SecurityEventEntry(kind, outcome, name, id, actor, address, detail);
	}

	/** Who acted on the account, when it was not its owner. */
	public SecurityEventEntry by(String actorName) {
		return new SecurityEventEntry(kind, outcome, username, learnerId, actorName, address, detail);
	}

	/** The same event, ended otherwise. */
	public SecurityEventEntry ended(Outcome other) {
		return new SecurityEventEntry(kind, other, username, learnerId, actor, address, detail);
	}

	public SecurityEventEntry from(String clientAddress) {
		return new SecurityEventEntry(kind, outcome, username, learnerId, actor, clientAddress, detail);
	}

	/** A few words more; never a password, token or secret. */
	public SecurityEventEntry saying(String words) {
		return new SecurityEventEntry(kind, outcome, username, learnerId, actor, address, words);
	}
}
