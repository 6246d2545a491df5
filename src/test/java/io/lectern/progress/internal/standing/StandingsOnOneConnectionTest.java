package io.lectern.progress.internal.standing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.lectern.web.Browser;
import io.lectern.web.BundledQuiz;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A learner's first standing in a course is started by whatever comes first, a lesson read or a
 * graded attempt, in that work's own transaction. It used to be inserted in a transaction of its
 * own, beside the caller's: a second connection asked for while holding one, which deadlocks the
 * pool once as many such callers run at once as it has connections (bench/load.sh's 200 learners
 * did). Here the test holds one of the pool's two connections itself, so work that needs two fails
 * after the short connection timeout, and the standing is read on the test's own connection.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
		"spring.datasource.url=jdbc:h2:mem:standings-one-connection", "spring.datasource.hikari.maximum-pool-size=2",
		"spring.datasource.hikari.connection-timeout=3000" })
class StandingsOnOneConnectionTest {

	@LocalServerPort
	int port;

	@Autowired
	DataSource database;

	@Test
	void aFirstGradedAttemptStartsTheStandingInItsSubmit() throws Exception {
		Browser learner = Browser.newLearner(port);
		String attempt = BundledQuiz.start(learner);

		try (Connection heldByTheTest = database.getConnection()) {
			int before = standings(heldByTheTest);
			HttpResponse<String> submitted = learner.submit(attempt, withSubmit(BundledQuiz.ALL_RIGHT));

			assertThat(submitted.statusCode()).isEqualTo(302);
			assertThat(standings(heldByTheTest)).isEqualTo(before + 1);
		}
	}

	@Test
	void aFirstLessonReadStartsTheStandingWhenItsVisitIsWritten() throws Exception {
		Browser learner = Browser.newLearner(port);

		try (Connection heldByTheTest = database.getConnection()) {
			int before = standings(heldByTheTest);
			assertThat(learner.get("/courses/aws-data-security/shared-responsibility").statusCode()).isEqualTo(200);

			await().atMost(Duration.ofSeconds(20))
				.pollInterval(Duration.ofMillis(200))
				.until(() -> standings(heldByTheTest) == before + 1);
		}
	}

	private static String[] withSubmit(String[] answers) {
		String[] fields = java.util.Arrays.copyOf(answers, answers.length + 2);
		fields[answers.length] = "action";
		fields[answers.length + 1] = "submit";
		return fields;
	}

	private static int standings(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet count = statement.executeQuery("SELECT COUNT(*) FROM course_standing")) {
			count.next();
			return count.getInt(1);
		}
	}
}
