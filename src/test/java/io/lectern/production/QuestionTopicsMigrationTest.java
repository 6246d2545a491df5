package io.lectern.production;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * V19 moves the topic tags of graded answers out of one line-joined column into rows of their
 * own. Rows written the old way, before V19, come out as the same tags in the same order, on H2
 * and on PostgreSQL alike.
 */
class QuestionTopicsMigrationTest {

	@Test
	void answersWrittenWithLineJoinedTopicsKeepTheirTopicsInOrderOnH2() throws SQLException {
		try (Connection connection = DriverManager.getConnection("jdbc:h2:mem:topics-" + System.nanoTime(), "sa", "")) {
			movesTopics(new SingleConnectionDataSource(connection, true));
		}
	}

	@Test
	void answersWrittenWithLineJoinedTopicsKeepTheirTopicsInOrderOnPostgres() throws SQLException {
		try (Connection connection = Postgres.newConnection()) {
			movesTopics(new SingleConnectionDataSource(connection, true));
		}
	}

	private static void movesTopics(SingleConnectionDataSource dataSource) {
		// Every migration before V19, whichever was the last of them, with rows written as they were then.
		DatabaseFromBefore.migrateToJustBefore(dataSource, "19");
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		String old = "insert into question_result (learner, quiz_id, question_id, topics, fraction, answered_at, answered_in)"
				+ " values (?, 'iam-check', ?, ?, 1, CURRENT_TIMESTAMP, 'QUIZ')";
		jdbc.update(old, "ana", "roles", "iam\nshared responsibility\nleast privilege");
		jdbc.update(old, "ana", "keys", "");
		jdbc.update(old, "ben", "kms", "encryption");

		// Up to V27: V28 moves these rows again, into one row of graded answers an attempt.
		Flyway.configure().dataSource(dataSource).target("27").load().migrate();

		List<String> moved = jdbc.queryForList("select r.question_id || ':' || t.topic from question_result r"
				+ " join question_result_topic t on t.result_id = r.id order by r.id, t.topic_order", String.class);
		assertThat(moved).containsExactly("roles:iam", "roles:shared responsibility", "roles:least privilege",
				"kms:encryption");
		assertThat(jdbc.queryForObject("select count(*) from question_result", Integer.class)).isEqualTo(3);
		// Forgetting an answer forgets its topics with it.
		jdbc.update("delete from question_result where learner = 'ana'");
		assertThat(jdbc.queryForObject("select count(*) from question_result_topic", Integer.class)).isEqualTo(1);
	}
}
