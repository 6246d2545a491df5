package io.lectern.accounts;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** What other modules may ask about accounts: names to show, and a learner's own profile. */
public interface Accounts {

	/** A learner's profile as they may download it: no password hash, no internal ids. */
	record Profile(LearnerId learnerId, String username, String displayName, Set<Role> roles, Instant createdAt) {
	}

	Optional<Profile> profile(LearnerId learnerId);

	/** Display names by learner id, in one query however many are asked for; unknown ids are left out. */
	Map<LearnerId, String> displayNames(Collection<LearnerId> learnerIds);

	/**
	 * The display name of every account, by learner id, in one query: for reports that need most
	 * learners' names at once, which a list of thousands of ids would make slow.
	 */
	Map<LearnerId, String> allDisplayNames();
}
