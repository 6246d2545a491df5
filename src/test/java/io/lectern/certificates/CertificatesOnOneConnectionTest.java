package io.lectern.certificates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.lectern.accounts.LearnerId;
import io.lectern.authoring.CourseSlug;
import io.lectern.authoring.QuizId;
import io.lectern.certificates.internal.status.StatusList;
import io.lectern.progress.CourseCompleted;
import io.lectern.quiz.QuizAttemptGraded;
import io.lectern.web.Browser;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issuing a certificate and making the first signing key each take a transaction of their own. Their
 * callers held one too, a second connection asked for while holding one: at the end of an exam a
 * certificate requires, as many awards at once as the pool has connections would each wait for one
 * that only the others could give back. Here the test holds one of the pool's two connections
 * itself, so work that needs two fails after the short connection timeout, and reads what was
 * written on its own connection.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:certificates-one-connection",
				"lectern.content.dir=src/test/resources/fixtures/certificates",
				"lectern.public-url=" + CertificatePortalTest.PUBLIC_URL, "spring.datasource.hikari.maximum-pool-size=2",
				"spring.datasource.hikari.connection-timeout=3000" })
class CertificatesOnOneConnectionTest {

	@LocalServerPort
	int port;

	@Autowired
	DataSource database;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void aCompletedCourseAwardsItsCertificateOneConnectionAtATime() throws Exception {
		String learner = newLearner();

		try (Connection heldByTheTest = database.getConnection()) {
			transactions.executeWithoutResult(status -> events.publishEvent(
					new CourseCompleted(LearnerId.of(learner), CourseSlug.of("key-basics"), Instant.now())));

			await().atMost(Duration.ofSeconds(20))
				.pollInterval(Duration.ofMillis(200))
				.until(() -> certificates(heldByTheTest, learner, "key-basics") == 1);
		}
	}

	@Test
	void aPassedExamAwardsItsCertificateOneConnectionAtATime() throws Exception {
		String learner = newLearner();

		try (Connection heldByTheTest = database.getConnection()) {
			transactions.executeWithoutResult(status -> events.publishEvent(new QuizAttemptGraded(UUID.randomUUID().toString(),
					QuizId.of("key-exam-final"), LearnerId.of(learner), 1, 85, true, Instant.now(), List.of())));

			await().atMost(Duration.ofSeconds(20))
				.pollInterval(Duration.ofMillis(200))
				.until(() -> certificates(heldByTheTest, learner, "key-exam") == 1);
		}
	}

	@Test
	void theFirstSigningKeyIsMadeOneConnectionAtATime() throws Exception {
		HttpResponse<String> list;
		try (Connection heldByTheTest = database.getConnection()) {
			assertThat(count(heldByTheTest, "SELECT COUNT(*) FROM credential_key")).as("no key yet: this request makes the first")
				.isZero();

			list = new Browser(port).get(StatusList.PATH);

			assertThat(count(heldByTheTest, "SELECT COUNT(*) FROM credential_key")).isOne();
		}
		assertThat(list.statusCode()).isEqualTo(200);
		assertThat(list.body()).matches("[\\w-]+\\.[\\w-]+\\.[\\w-]+");
	}

	/** A newly registered learner's id. */
	private String newLearner() {
		Browser browser = new Browser(port);
		browser.register("learner-" + UUID.randomUUID().toString().substring(0, 13), "Pat Doe");
		return CertificatePortalTest.learnerIdOf(browser);
	}

	private static int certificates(Connection connection, String learner, String course) throws SQLException {
		try (PreparedStatement query = connection
			.prepareStatement("SELECT COUNT(*) FROM certificate WHERE learner_id = ? AND course_slug = ?")) {
			query.setString(1, learner);
			query.setString(2, course);
			try (ResultSet count = query.executeQuery()) {
				count.next();
				return count.getInt(1);
			}
		}
	}

	private static int count(Connection connection, String sql) throws SQLException {
		try (PreparedStatement query = connection.prepareStatement(sql); ResultSet count = query.executeQuery()) {
			count.next();
			return count.getInt(1);
		}
	}
}
