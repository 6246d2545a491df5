package io.lectern.content.internal.git;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The commit every instance should serve, kept in the database they share (table
 * {@code content_git_commit}). Recording is a compare-and-set on what the recorder last read, so
 * that an instance whose fetch was slow never puts back a commit older than one another instance
 * recorded meanwhile.
 */
public final class WantedCommits {

	private final JdbcClient jdbc;
	private final String source;

	/** @param source the repository and branch, as one key */
	public WantedCommits(JdbcClient jdbc, String source) {
		this.jdbc = jdbc;
		this.source = source;
	}

	public Optional<String> wanted() {
		return jdbc.sql("SELECT commit_id FROM content_git_commit WHERE source = ?").param(source).query(String.class).optional();
	}

	/**
	 * Records {@code commit} as wanted, if what is recorded is still {@code seen}.
	 *
	 * @param seen what {@link #wanted()} answered before the fetch that found {@code commit}
	 * @return whether it was recorded; false when another instance recorded a commit in between
	 */
	public boolean record(Optional<String> seen, String commit) {
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
		if (seen.isEmpty()) {
			try {
				return jdbc.sql("INSERT INTO content_git_commit (source, commit_id, recorded_at) VALUES (?, ?, ?)")
					.params(source, commit, now)
					.update() == 1;
			}
			catch (DuplicateKeyException recordedMeanwhile) {
				return false;
			}
		}
		return jdbc.sql("UPDATE content_git_commit SET commit_id = ?, recorded_at = ? WHERE source = ? AND commit_id = ?")
			.params(commit, now, source, seen.get())
			.update() == 1;
	}
}
