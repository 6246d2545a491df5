package io.lectern.content.internal;

import io.lectern.content.ContentCommit;
import io.lectern.content.internal.git.GitRepository;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.jgit.lib.ObjectId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The commit {@link GitContent} serves: the one the working tree is put back at when a later commit
 * fails or is refused, and its description for the pages that show it. Its description is read
 * without the lock that a reload holds, so that a page never waits for a fetch.
 */
final class ServedCommit {

	private static final Logger log = LoggerFactory.getLogger(ServedCommit.class);

	private final GitRepository repository;
	private ObjectId id;
	private volatile ContentCommit described;

	ServedCommit(GitRepository repository) {
		this.repository = repository;
	}

	/** The commit served; none before the first check-out. */
	ObjectId id() {
		return id;
	}

	Optional<ContentCommit> commit() {
		return Optional.ofNullable(described);
	}

	/** Records that {@code commit}, checked out, is now served. */
	void is(ObjectId commit) {
		id = commit;
		try {
			described = repository.describe(commit);
		}
		catch (Exception ex) {
			described = new ContentCommit(commit.name(), "", Instant.EPOCH);
		}
	}

	/** Puts the working tree back at the commit served, which reloads of a later commit read from. */
	void restore() {
		try {
			repository.checkOut(id);
		}
		catch (Exception ex) {
			log.error("Could not check commit {} out again", id.name(), ex);
		}
	}
}
