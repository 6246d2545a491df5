package io.lectern.production;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * V26 moves each attempt's answers and grades from a row per question into two JSON objects in the
 * attempt's own row. Attempts written the old way come out with the same answers and grades, on
 * H2 and on PostgreSQL alike, whatever characters their question ids hold.
 */
class AttemptSheetsMigrationTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Test
	void answersAndGradesWrittenAsRowsBecomeTheAttemptsOwnOnH2() throws SQLException {
		try (Connection connection = DriverManager.getConnection("jdbc:h2:mem:sheets-" + System.nanoTime(), "sa", "")) {
			movesSheets(new SingleConnectionDataSource(connection, true));
		}
	}

	@Test
	void answersAndGradesWrittenAsRowsBecomeTheAttemptsOwnOnPostgres() throws SQLException {
		try (Connection connection = Postgres.newConnection()) {
			movesSheets(new SingleConnectionDataSource(connection, true));
		}
	}

	private static void movesSheets(SingleConnectionDataSource dataSource) {
		// Every migration before V26, whichever was the last of them, with rows written as they were then.
		DatabaseFromBefore.migrateToJustBefore(dataSource, "26");
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		String columns = "insert into quiz_attempt (public_id, quiz_id, learner, attempt_number, seed, questions, started_at,"
				+ " state, version";
		String odd = "say \"hi\"\\now\ttab";
		jdbc.update(columns + ", score, max_score, passed, graded_at, late) values ('submitted', 'iam-check', 'ana', 1, 7, ?,"
				+ " CURRENT_TIMESTAMP, 'SUBMITTED', 1, 1.5, 3, false, CURRENT_TIMESTAMP, false)",
				"[\"roles\",\"keys\",\"say \\\"hi\\\"\\\\now\\ttab\"]");
		jdbc.update(columns + ") values (?, 'iam-check', 'ana', ?, 7, '[\"roles\",\"keys\"]', CURRENT_TIMESTAMP,"
				+ " 'IN_PROGRESS', 0)", "open", 2);
		jdbc.update(columns + ") values (?, 'iam-check', 'ana', ?, 7, '[\"roles\",\"keys\"]', CURRENT_TIMESTAMP,"
				+ " 'IN_PROGRESS', 0)", "blank", 3);
		long submitted = jdbc.queryForObject("select id from quiz_attempt where public_id = 'submitted'", Long.class);
		long open = jdbc.queryForObject("select id from quiz_attempt where public_id = 'open'", Long.class);
		String answer = "insert into quiz_attempt_answer (attempt_id, question_id, response) values (?, ?, ?)";
		jdbc.update(answer, submitted, "roles", "C:admin,read%22only");
		jdbc.update(answer, submitted, odd, "T:tab+%09+and+line%0A");
		jdbc.update(answer, open, "keys", "P:kms=aws,hsm=customer");
		String grade = "insert into quiz_attempt_grade (attempt_id, question_id, fraction) values (?, ?, ?)";
		jdbc.update(grade, submitted, "roles", 1.0);
		jdbc.update(grade, submitted, "keys", 0.0);
		jdbc.update(grade, submitted, odd, 0.0001);

		Flyway.configure().dataSource(dataSource).load().migrate();

		assertThat(answers(jdbc, "submitted")).containsExactly(Map.entry("roles", "C:admin,read%22only"),
				Map.entry(odd, "T:tab+%09+and+line%0A"));
		assertThat(grades(jdbc, "submitted")).containsOnly(Map.entry("roles", 1.0), Map.entry("keys", 0.0),
				Map.entry(odd, 0.0001));
		assertThat(answers(jdbc, "open")).containsExactly(Map.entry("keys", "P:kms=aws,hsm=customer"));
		assertThat(jdbc.queryForObject("select grades from quiz_attempt where public_id = 'open'", String.class)).isNull();
		assertThat(answers(jdbc, "blank")).isEmpty();
		assertThat(jdbc.queryForObject("select count(*) from information_schema.tables"
				+ " where lower(table_name) in ('quiz_attempt_answer', 'quiz_attempt_grade')", Integer.class)).isZero();
	}

	private static Map<String, String> answers(JdbcTemplate jdbc, String attempt) {
		return JSON.readValue(jdbc.queryForObject("select answers from quiz_attempt where public_id = ?", String.class, attempt),
				new TypeReference<java.util.LinkedHashMap<String, String>>() {
				});
	}

	private static Map<String, Double> grades(JdbcTemplate jdbc, String attempt) {
		return JSON.readValue(jdbc.queryForObject("select grades from quiz_attempt where public_id = ?", String.class, attempt),
				new TypeReference<java.util.LinkedHashMap<String, Double>>() {
				});
	}
}
