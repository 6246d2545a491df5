package io.lectern.progress.internal.standing;

import io.lectern.accounts.LearnerId;
import java.sql.DatabaseMetaData;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Starts a learner's standing in a course where there is none yet, in the caller's transaction and
 * on its connection, so that the row can then be locked.
 *
 * <p>Why not a transaction of its own: a request or listener that holds a pooled connection while it
 * asks for a second one deadlocks the pool as soon as as many of them run at once as the pool has
 * connections (each waits for a connection only the others could give back). Two transactions that
 * start the same standing at once do not clash either: PostgreSQL's {@code ON CONFLICT DO NOTHING}
 * makes the second insert wait for the first and then do nothing; H2 refuses the second with a
 * duplicate key, which fails that statement alone and leaves its transaction as it was.
 */
@Component
class StandingRows {

	private static final String INSERT = "INSERT INTO course_standing (learner, course_slug, lessons_completed, "
			+ "quizzes_passed, steps_done, last_active, version) VALUES (?, ?, 0, 0, 0, ?, 0)";

	private final JdbcTemplate jdbc;

	private volatile Boolean postgres;

	StandingRows(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** A standing with no steps done, active at {@code at}, unless the learner has one in the course. */
	void startIfAbsent(LearnerId learner, String courseSlug, Instant at) {
		OffsetDateTime activeAt = OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
		if (postgres()) {
			jdbc.update(INSERT + " ON CONFLICT (learner, course_slug) DO NOTHING", learner.value(), courseSlug, activeAt);
			return;
		}
		try {
			jdbc.update(INSERT, learner.value(), courseSlug, activeAt);
		}
		catch (DuplicateKeyException startedByAnotherTransaction) {
			// H2: the row is there; the caller locks it next.
		}
	}

	private boolean postgres() {
		if (postgres == null) {
			postgres = jdbc.execute((ConnectionCallback<Boolean>) connection -> {
				DatabaseMetaData database = connection.getMetaData();
				return database.getDatabaseProductName().toLowerCase().contains("postgres");
			});
		}
		return postgres;
	}
}
