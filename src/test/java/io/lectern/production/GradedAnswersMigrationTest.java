package io.lectern.production;

import static org.assertj.core.api.Assertions.assertThat;

import io.lectern.progress.internal.mastery.ResultsColumn;
import io.lectern.progress.internal.mastery.ResultsColumn.Result;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * V28 moves graded answers from a row a question (and a row a topic tag) into one row for the
 * answers given together: an attempt's come out as one array in the order they were written,
 * a review's answer as its own, with the same fractions and tags in their order, on H2 and on
 * PostgreSQL alike, whatever characters their ids and tags hold.
 */
class GradedAnswersMigrationTest {

	private static final String ODD = "say \"hi\"\\now\ttab\nline";

	@Test
	void answersWrittenAsRowsBecomeOneRowAnAttemptOnH2() throws SQLException {
		try (Connection connection = DriverManager.getConnection("jdbc:h2:mem:graded-" + System.nanoTime(), "sa", "")) {
			movesAnswers(new SingleConnectionDataSource(connection, true));
		}
	}

	@Test
	void answersWrittenAsRowsBecomeOneRowAnAttemptOnPostgres() throws SQLException {
		try (Connection connection = Postgres.newConnection()) {
			movesAnswers(new SingleConnectionDataSource(connection, true));
		}
	}

	private static void movesAnswers(SingleConnectionDataSource dataSource) {
		// Every migration before V28, whichever was the last of them, with rows written as they were then.
		DatabaseFromBefore.migrateToJustBefore(dataSource, "28");
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		String attempt = "timestamp with time zone '2026-11-30 10:00:00+00'";
		String review = "timestamp with time zone '2026-12-01 09:30:00+00'";
		result(jdbc, "ana", "roles", 1.0, attempt, "QUIZ", "iam", "shared responsibility");
		result(jdbc, "ana", "keys", 0.0, attempt, "QUIZ");
		result(jdbc, "ana", ODD, 0.0001, attempt, "QUIZ", ODD);
		result(jdbc, "ana", "keys", 0.5, review, "REVIEW", "encryption");
		result(jdbc, "ben", "roles", 1.0, attempt, "QUIZ", "iam");

		Flyway.configure().dataSource(dataSource).load().migrate();

		assertThat(sets(jdbc, "ana")).containsExactly(
				List.of(new Result("roles", 1.0, List.of("iam", "shared responsibility")), new Result("keys", 0.0, List.of()),
						new Result(ODD, 0.0001, List.of(ODD))),
				List.of(new Result("keys", 0.5, List.of("encryption"))));
		assertThat(jdbc.queryForList("select answered_in from graded_answers where learner = 'ana' order by answered_at",
				String.class)).containsExactly("QUIZ", "REVIEW");
		assertThat(sets(jdbc, "ben")).containsExactly(List.of(new Result("roles", 1.0, List.of("iam"))));
		assertThat(jdbc.queryForObject("select count(*) from information_schema.tables"
				+ " where lower(table_name) in ('question_result', 'question_result_topic')", Integer.class)).isZero();
	}

	/** Inserts a graded answer and its tags as V19 to V27 wrote them. */
	private static void result(JdbcTemplate jdbc, String learner, String question, double fraction, String at, String in,
			String... topics) {
		jdbc.update("insert into question_result (learner, quiz_id, question_id, fraction, answered_at, answered_in)"
				+ " values (?, 'iam-check', ?, ?, " + at + ", ?)", learner, question, fraction, in);
		long id = jdbc.queryForObject("select max(id) from question_result", Long.class);
		for (int order = 0; order < topics.length; order++) {
			jdbc.update("insert into question_result_topic (result_id, topic_order, topic) values (?, ?, ?)", id, order,
					topics[order]);
		}
	}

	private static List<List<Result>> sets(JdbcTemplate jdbc, String learner) {
		return jdbc.queryForList("select results from graded_answers where learner = ? order by answered_at", String.class,
				learner)
			.stream()
			.map(ResultsColumn::read)
			.toList();
	}
}
