package io.lectern.production;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.lectern.web.Browser;
import io.lectern.web.BundledQuiz;
import io.lectern.web.SoftPasskey;
import jakarta.persistence.EntityManagerFactory;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The portal on PostgreSQL, as the postgres profile runs it: the same Flyway migrations, the
 * entities checked against the schema they make, and a learner's way through the course written and read back.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "lectern.admin.username=pg-admin", "lectern.admin.password=" + Browser.PASSWORD })
@ActiveProfiles("postgres")
// Closed after the class, while the embedded server still runs: left in the context cache until the
// JVM exits, it would close after the server had stopped, and wait 30 s for a connection.
@DirtiesContext
class PostgresPortalTest {

	private static final String DATABASE = "lectern_portal_" + System.nanoTime();

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		Postgres.database(DATABASE).forEach((name, value) -> registry.add(name, () -> value));
	}

	@LocalServerPort
	int port;

	@Autowired
	Flyway flyway;

	@Autowired
	DataSource dataSource;

	@Autowired
	EntityManagerFactory entities;

	/** A new database runs the baseline script, then any later migration (the versioned chain: MigrationBaselineTest). */
	@Test
	void theSchemaIsUpToDateOnPostgresql() throws Exception {
		try (var connection = dataSource.getConnection()) {
			assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
		}
		assertThat(flyway.info().pending()).isEmpty();
		assertThat(flyway.info().applied()).allMatch(migration -> migration.getState().isApplied())
			.extracting(migration -> migration.getType().name() + " " + migration.getVersion().getVersion())
			.contains("SQL_BASELINE 26");
	}

	/** Hibernate no longer checks the schema at start-up (Flyway owns it), so this checks it on PostgreSQL. */
	@Test
	void everyEntityMatchesTheSchemaTheMigrationsMade() throws Exception {
		entities.getSchemaManager().validate();
	}

	@Test
	void aLearnerRegistersPassesAQuizAndFindsItOnTheDashboardAndInTheCohort() {
		Browser learner = Browser.newLearner(port);
		learner.get("/courses/aws-data-security/shared-responsibility");
		BundledQuiz.pass(learner);

		String dashboard = awaitDashboardWith(learner, "Scored 100%", "Completed, by passing its quiz");
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

	@Test
	void passkeysAreKeptAndCheckedOnPostgresqlWithSessionsInTheDatabase() {
		Browser learner = Browser.newLearner(port);
		SoftPasskey passkey = SoftPasskey.register(learner, port, "Phone");
		Browser elsewhere = new Browser(port);

		assertThat(passkey.logIn(elsewhere).statusCode()).isEqualTo(200);

		assertThat(elsewhere.get("/me/security/passkeys").body()).contains("1 passkey", "Phone");
		assertThat(new JdbcTemplate(dataSource).queryForObject("SELECT signature_count FROM user_credentials WHERE credential_id = ?",
				Long.class, passkey.id())).isEqualTo(1);
	}

	/**
	 * The backup and restore for PostgreSQL of docs/operating.md, as an operator runs it: pg_dump in its custom
	 * format while the portal runs, then pg_restore into an empty database. Needs PostgreSQL's client
	 * tools (Debian's postgresql-client, which .ci/run installs).
	 */
	@Test
	void pgDumpAndPgRestoreCarryEveryAccountOver() throws Exception {
		assumeTrue(commandExists("pg_dump") && commandExists("pg_restore"), "PostgreSQL's client tools are not installed");
		Browser.newLearner(port);
		Path dump = Files.createTempFile("lectern", ".dump");
		String restored = DATABASE + "_restored";
		String restoredUrl = Postgres.database(restored).get("LECTERN_DB_URL");

		run("pg_dump", "--format=custom", "--no-owner", "--file=" + dump, "--dbname=" + DATABASE);
		run("pg_restore", "--no-owner", "--exit-on-error", "--dbname=" + restored, dump.toString());

		JdbcTemplate original = new JdbcTemplate(dataSource);
		try (Connection copy = DriverManager.getConnection(restoredUrl, "postgres", "postgres"); ResultSet accounts = copy.createStatement().executeQuery("SELECT COUNT(*) FROM account")) {
			accounts.next();
			assertThat(accounts.getInt(1)).isEqualTo(original.queryForObject("SELECT COUNT(*) FROM account", Integer.class))
				.isPositive();
		}
		Files.delete(dump);
	}

	private static void run(String... command) throws Exception {
		List<String> full = new ArrayList<>(List.of(command));
		full.addAll(List.of("--host=localhost", "--port=" + Postgres.port(), "--username=postgres"));
		Process process = new ProcessBuilder(full).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes());
		assertThat(process.waitFor()).as(String.join(" ", full) + ": " + output).isZero();
	}

	private static boolean commandExists(String name) {
		return Stream.of(System.getenv("PATH").split(":")).anyMatch(dir -> Files.isExecutable(Path.of(dir, name)));
	}

	/** The dashboard once the progress module, which hears of the attempt after the response, has caught up. */
	/**
	 * The dashboard once it shows every one of {@code texts}: a graded attempt and the lesson
	 * completions it brings are kept by separate listeners, which may finish in either order.
	 */
	static String awaitDashboardWith(Browser browser, String... texts) {
		return await().atMost(Duration.ofSeconds(20))
			.until(() -> browser.get("/me").body(), page -> Arrays.stream(texts).allMatch(page::contains));
	}
}
