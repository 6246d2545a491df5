package io.lectern.production;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.lectern.web.Browser;
import io.lectern.web.BundledQuiz;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The portal on PostgreSQL, as the postgres profile runs it: the same Flyway migrations, JPA
 * validating the schema they make, and a learner's way through the course written and read back.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "lectern.admin.username=pg-admin", "lectern.admin.password=" + Browser.PASSWORD })
@ActiveProfiles("postgres")
class PostgresPortalTest {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		Map<String, String> database = Postgres.newDatabase();
		database.forEach((name, value) -> registry.add(name, () -> value));
	}

	@LocalServerPort
	int port;

	@Autowired
	Flyway flyway;

	@Autowired
	DataSource dataSource;

	@Test
	void everyMigrationRanOnPostgresql() throws Exception {
		try (var connection = dataSource.getConnection()) {
			assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
		}
		assertThat(flyway.info().pending()).isEmpty();
		assertThat(flyway.info().applied()).allMatch(migration -> migration.getState().isApplied())
			.extracting(migration -> migration.getVersion().getVersion())
			.contains("1", "6", "7");
	}

	@Test
	void aLearnerRegistersPassesAQuizAndFindsItOnTheDashboardAndInTheCohort() {
		Browser learner = Browser.newLearner(port);
		learner.get("/courses/aws-data-security/shared-responsibility");
		BundledQuiz.pass(learner);

		String dashboard = awaitDashboardWith(learner, "Scored 100%");
		assertThat(dashboard).contains("Completed, by passing its quiz");

		Browser admin = new Browser(port);
		admin.logIn("pg-admin", Browser.PASSWORD);
		HttpResponse<String> cohort = admin.get("/instructor/courses/aws-data-security");
		assertThat(cohort.statusCode()).isEqualTo(200);
		assertThat(cohort.body()).contains("Test Learner", "1 learner has started this course.");
		assertThat(learner.get("/me/data.json").body()).contains("\"quizId\":\"shared-responsibility-check\"");
	}

	@Test
	void sessionsAreKeptInTheDatabase() {
		Browser learner = Browser.newLearner(port);

		assertThat(learner.get("/me").statusCode()).isEqualTo(200);
		Integer sessions = new JdbcTemplate(dataSource)
			.queryForObject("SELECT COUNT(*) FROM spring_session WHERE principal_name IS NOT NULL", Integer.class);
		assertThat(sessions).isPositive();
	}

	/** The dashboard once the progress module, which hears of the attempt after the response, has caught up. */
	static String awaitDashboardWith(Browser browser, String text) {
		return await().atMost(Duration.ofSeconds(20)).until(() -> browser.get("/me").body(), page -> page.contains(text));
	}
}
