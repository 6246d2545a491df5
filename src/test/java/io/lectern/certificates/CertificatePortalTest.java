package io.lectern.certificates;

import static org.awaitility.Awaitility.await;

import io.lectern.accounts.LearnerId;
import io.lectern.authoring.CourseSlug;
import io.lectern.authoring.QuizId;
import io.lectern.certificates.internal.issuing.Certificate;
import io.lectern.certificates.internal.issuing.CertificateRepository;
import io.lectern.progress.CourseCompleted;
import io.lectern.quiz.QuizAttemptGraded;
import io.lectern.web.Browser;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The portal with two small courses that award certificates ({@code key-basics} on completion,
 * {@code key-exam} for 80% in its exam) and a public address, so that certificates are issued.
 * Tests that extend it share one running application.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:certificates",
				"lectern.content.dir=src/test/resources/fixtures/certificates",
				"lectern.public-url=" + CertificatePortalTest.PUBLIC_URL, "lectern.admin.username=" + CertificatePortalTest.ADMIN,
				"lectern.admin.password=" + Browser.PASSWORD })
public abstract class CertificatePortalTest {

	public static final String PUBLIC_URL = "https://learn.example.org";

	public static final String ADMIN = "certificates-admin";

	@LocalServerPort
	protected int port;

	@Autowired
	protected ApplicationEventPublisher events;

	@Autowired
	protected TransactionTemplate transactions;

	@Autowired
	protected CertificateRepository certificates;

	/** A new learner, registered with this display name and logged in. */
	protected Browser learner(String displayName) {
		Browser browser = new Browser(port);
		browser.register("learner-" + UUID.randomUUID().toString().substring(0, 13), displayName);
		return browser;
	}

	protected static String learnerIdOf(Browser browser) {
		return browser.get("/me/data.json").body().replaceAll("(?s).*\"learnerId\":\"([^\"]+)\".*", "$1");
	}

	/** Progress announcing that the learner completed the course, as it does in the transaction that records it. */
	protected void completed(String learner, String courseSlug, Instant at) {
		transactions.executeWithoutResult(status -> events.publishEvent(new CourseCompleted(LearnerId.of(learner), CourseSlug.of(courseSlug), at)));
	}

	/** The quiz module announcing a graded attempt at the key exam. */
	protected void examGraded(String learner, double percent, Instant at) {
		transactions.executeWithoutResult(status -> events.publishEvent(new QuizAttemptGraded(UUID.randomUUID().toString(),
				QuizId.of("key-exam-final"), LearnerId.of(learner), 1, percent, percent >= 50, at, List.of())));
	}

	/** The learner's certificate for the course, once the events that earn it have been handled. */
	protected Certificate certificateOf(String learner, String courseSlug) {
		return await().atMost(Duration.ofSeconds(15))
			.until(() -> certificates.findByLearnerIdAndCourseSlug(LearnerId.of(learner), courseSlug), found -> found.isPresent())
			.orElseThrow();
	}
}
