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
 * A submit inserts a row of graded answers, and H2 writes an identity's new high mark in a commit
 * of its own each time its cache of ids runs out (V27, V28): on both databases the cache holds a
 * thousand ids.
 */
class GradedAnswersIdsTest {

	@Test
	void onH2() throws Exception {
		try (Connection h2 = DriverManager.getConnection("jdbc:h2:mem:ids-" + System.nanoTime(), "sa", "")) {
			migrate(h2);
			assertThat(single(h2, "SELECT identity_cache FROM information_schema.columns"
					+ " WHERE table_name = 'GRADED_ANSWERS' AND column_name = 'ID'")).isEqualTo(1000);
		}
	}

	@Test
	void onPostgres() throws Exception {
		try (Connection postgres = Postgres.newConnection()) {
			migrate(postgres);
			assertThat(single(postgres, "SELECT seqcache FROM pg_sequence"
					+ " WHERE seqrelid = pg_get_serial_sequence('graded_answers', 'id')::regclass")).isEqualTo(1000);
		}
	}

	private static void migrate(Connection connection) {
		Flyway.configure().dataSource(new SingleConnectionDataSource(connection, true)).load().migrate();
	}

	private static long single(Connection connection, String query) throws Exception {
		try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(query)) {
			assertThat(row.next()).as(query).isTrue();
			return row.getLong(1);
		}
	}
}
