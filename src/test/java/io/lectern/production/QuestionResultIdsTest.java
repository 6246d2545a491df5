package io.lectern.production;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * A submit inserts a question result a question, and H2 writes an identity's new high mark in a
 * commit of its own each time its cache of ids runs out (V27). On both databases the cache holds a
 * thousand ids, and the ids of one submit's rows still come in the order they were inserted.
 */
class QuestionResultIdsTest {

	@Test
	void onH2() throws Exception {
		try (Connection h2 = DriverManager.getConnection("jdbc:h2:mem:ids-" + System.nanoTime(), "sa", "")) {
			migrate(h2);
			assertThat(single(h2, "SELECT identity_cache FROM information_schema.columns"
					+ " WHERE table_name = 'QUESTION_RESULT' AND column_name = 'ID'")).isEqualTo(1000);
			assertInsertOrder(h2);
		}
	}

	@Test
	void onPostgres() throws Exception {
		try (Connection postgres = Postgres.newConnection()) {
			migrate(postgres);
			assertThat(single(postgres, "SELECT seqcache FROM pg_sequence"
					+ " WHERE seqrelid = pg_get_serial_sequence('question_result', 'id')::regclass")).isEqualTo(1000);
			assertInsertOrder(postgres);
		}
	}

	private static void migrate(Connection connection) {
		Flyway.configure().dataSource(new SingleConnectionDataSource(connection, true)).load().migrate();
	}

	private static void assertInsertOrder(Connection connection) throws Exception {
		try (Statement statement = connection.createStatement()) {
			for (int question = 1; question <= 40; question++) {
				statement.executeUpdate("INSERT INTO question_result (learner, quiz_id, question_id, fraction, answered_at, answered_in)"
						+ " VALUES ('l', 'q', 'question-" + (100 + question) + "', 1, CURRENT_TIMESTAMP, 'QUIZ')");
			}
			try (ResultSet rows = statement.executeQuery("SELECT question_id FROM question_result ORDER BY id")) {
				int expected = 101;
				while (rows.next()) {
					assertThat(rows.getString(1)).isEqualTo("question-" + expected++);
				}
				assertThat(expected).isEqualTo(141);
			}
		}
	}

	private static long single(Connection connection, String query) throws Exception {
		try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(query)) {
			assertThat(row.next()).as(query).isTrue();
			return row.getLong(1);
		}
	}
}
