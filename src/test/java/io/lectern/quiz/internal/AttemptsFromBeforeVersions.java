package io.lectern.quiz.internal;

import io.lectern.production.DatabaseFromBefore;
import io.lectern.accounts.LearnerId;
import io.lectern.authoring.QuizId;
import static org.assertj.core.api.Assertions.assertThat;

import io.lectern.quiz.grading.Response;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Attempts written the old way (question ids as lines of text, no quiz version), before the
 * migration that keeps quiz versions runs: once the portal has started on the upgraded database,
 * they are graded and reviewed as before and have their version. A subclass names the database:
 * H2 here, PostgreSQL in the production tests.
 */
public abstract class AttemptsFromBeforeVersions {

	static final QuizId QUIZ = QuizId.of("shared-responsibility-check");

	static final String IN_PROGRESS = "8b0c5a2e-0000-4000-8000-000000000001";

	static final String SUBMITTED = "8b0c5a2e-0000-4000-8000-000000000002";

	@Autowired
	Attempts attempts;

	@Autowired
	JdbcTemplate jdbc;

	/**
	 * Migrates an empty database to the last version before quiz versions were kept, and writes two
	 * attempts as the portal wrote them then: one in progress, one submitted. Each names a question
	 * the quiz no longer has, as an attempt could when a question was deleted before the upgrade.
	 */
	protected static void writeTheOldWay(String url, String user, String password) {
		DataSource database = new DriverManagerDataSource(url, user, password);
		DatabaseFromBefore.migrateToJustBefore(database, "23");
		JdbcTemplate old = new JdbcTemplate(database);
		String ids = "rds-patching\nlost-key\ngone-before-upgrade\nmodels-count";
		old.update("insert into quiz_attempt (public_id, quiz_id, learner, attempt_number, seed, question_ids, started_at,"
				+ " state, version) values (?, ?, 'old-timer', 1, 7, ?, CURRENT_TIMESTAMP, 'IN_PROGRESS', 0)", IN_PROGRESS,
				QUIZ.value(), ids);
		old.update("insert into quiz_attempt (public_id, quiz_id, learner, attempt_number, seed, question_ids, started_at,"
				+ " state, score, max_score, passed, graded_at, late, version) values (?, ?, 'old-hand', 1, 8, ?,"
				+ " CURRENT_TIMESTAMP, 'SUBMITTED', 1, 4, false, CURRENT_TIMESTAMP, false, 1)", SUBMITTED, QUIZ.value(), ids);
		long submitted = old.queryForObject("select id from quiz_attempt where public_id = ?", Long.class, SUBMITTED);
		long inProgress = old.queryForObject("select id from quiz_attempt where public_id = ?", Long.class, IN_PROGRESS);
		old.update("insert into quiz_attempt_answer (attempt_id, question_id, response) values (?, 'rds-patching', 'C:aws')",
				inProgress);
		old.update("insert into quiz_attempt_answer (attempt_id, question_id, response) values (?, 'rds-patching', 'C:customer'),"
				+ " (?, 'lost-key', 'T:sse-c')", submitted, submitted);
		old.update("insert into quiz_attempt_grade (attempt_id, question_id, fraction) values (?, 'rds-patching', 0),"
				+ " (?, 'lost-key', 1), (?, 'gone-before-upgrade', 0), (?, 'models-count', 0)", submitted, submitted, submitted,
				submitted);
	}

	@Test
	void everyEarlierAttemptHasTheVersionOfItsQuizAndItsQuestionsAsAList() {
		assertThat(jdbc.queryForObject("select count(*) from quiz_attempt where quiz_version is null", Integer.class)).isZero();
		assertThat(jdbc.queryForList("select questions from quiz_attempt where public_id in (?, ?)", String.class,
				IN_PROGRESS, SUBMITTED))
			.containsOnly("[\"rds-patching\",\"lost-key\",\"gone-before-upgrade\",\"models-count\"]");
		assertThat(jdbc.queryForObject("select count(distinct quiz_version) from quiz_attempt", Integer.class)).isOne();
	}

	@Test
	void anAttemptInProgressBeforeTheUpgradeIsGradedWithTheQuestionsItStillHas() {
		Attempts.Submitted submitted = attempts.submit(QUIZ, IN_PROGRESS, LearnerId.of("old-timer"),
				questions -> Map.of("lost-key", new Response.Text("SSE-C")), Optional.empty());

		assertThat(submitted.result().grades()).containsOnlyKeys("rds-patching", "lost-key", "models-count");
		assertThat(submitted.result().grades().get("rds-patching").fraction()).isEqualTo(1.0);
		assertThat(submitted.result().grades().get("lost-key").fraction()).isEqualTo(1.0);
		assertThat(submitted.attempt().questionIds()).containsExactly("rds-patching", "lost-key", "gone-before-upgrade",
				"models-count");
	}

	@Test
	void aSubmittedAttemptFromBeforeTheUpgradeIsReviewedWithItsRecordedResult() {
		Attempts.Opened opened = attempts.open(QUIZ, SUBMITTED, LearnerId.of("old-hand"));
		GradedAttempt result = opened.attempt().result(opened.version()).orElseThrow();

		assertThat(result.score()).isEqualTo(1);
		assertThat(result.maxScore()).isEqualTo(4);
		assertThat(result.grades().get("rds-patching").fraction()).isZero();
		assertThat(result.grades().get("lost-key").fraction()).isEqualTo(1.0);
		assertThat(opened.version().questions(opened.attempt().questionIds())).extracting(QuestionVersion::id)
			.containsExactly("rds-patching", "lost-key", "models-count");
		assertThat(opened.attempt().answer("lost-key")).contains(new Response.Text("sse-c"));
		// The grades recorded at submission, each question's row then, now the attempt's own (V26).
		assertThat(opened.attempt().fractions()).containsOnly(Map.entry("rds-patching", 0.0), Map.entry("lost-key", 1.0),
				Map.entry("gone-before-upgrade", 0.0), Map.entry("models-count", 0.0));
		assertThat(List.of(opened.attempt().percent().orElseThrow())).containsExactly(25.0);
	}
}
