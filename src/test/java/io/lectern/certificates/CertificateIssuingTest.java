package io.lectern.certificates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.lectern.accounts.LearnerId;
import io.lectern.authoring.CourseSlug;
import io.lectern.authoring.QuizId;
import io.lectern.certificates.internal.issuing.Certificate;
import io.lectern.certificates.internal.issuing.CertificateIssuing;
import io.lectern.certificates.internal.issuing.CertificateRepository;
import io.lectern.certificates.internal.issuing.PrintedNames;
import io.lectern.content.Catalog;
import io.lectern.content.Course;
import io.lectern.quiz.QuizAttemptGraded;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** When a certificate is issued, what it says, and that it is issued once however many events earn it. */
class CertificateIssuingTest extends CertificatePortalTest {

	@Autowired
	CertificateRepository certificates;

	@Autowired
	CertificateIssuing issuing;

	@Autowired
	PrintedNames names;

	@Autowired
	Catalog catalog;

	@Autowired
	io.lectern.authoring.ProblemBoard board;

	@Autowired
	EntityManager entities;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void completingACourseThatAwardsOneIssuesItWithNameCourseVersionAndDate() {
		String learner = learnerIdOf(learner("Ana Lima"));
		Instant finished = Instant.parse("2026-11-30T10:15:00Z");

		completed(learner, "key-basics", finished);

		Certificate certificate = await().atMost(Duration.ofSeconds(10))
			.until(() -> certificates.findByLearnerIdAndCourseSlug(LearnerId.of(learner), "key-basics"), found -> found.isPresent())
			.orElseThrow();
		Course course = catalog.course(CourseSlug.of("key-basics")).orElseThrow();
		assertThat(certificate.printedName()).isEqualTo("Ana Lima");
		assertThat(certificate.courseTitle()).isEqualTo("Key basics");
		assertThat(certificate.courseVersion()).isEqualTo(course.version()).matches("[0-9a-f]{12}");
		assertThat(certificate.issuedAt()).isEqualTo(finished);
		assertThat(certificate.publicPage()).isTrue();
		assertThat(certificate.id()).matches("[A-Za-z0-9_-]{22}");
		assertThat(certificate.subjectId()).matches("urn:uuid:[0-9a-f-]{36}");
	}

	@Test
	void completingACourseThatAwardsNoneOnCompletionIssuesNothing() {
		String learner = learnerIdOf(learner("Ben Okoro"));

		completed(learner, "key-exam", Instant.now());

		await().pollDelay(Duration.ofMillis(500)).atMost(Duration.ofSeconds(5))
			.until(() -> certificates.findByLearnerIdOrderByIssuedAtDesc(LearnerId.of(learner)).isEmpty());
	}

	@Test
	void anAttemptAtAQuizNoCertificateRequiresStoresNoPublicationForTheCertificates() {
		assertThat(awardingPublicationsFor("a-quiz-no-certificate-requires")).isZero();
		assertThat(awardingPublicationsFor("key-exam-final")).isOne();
	}

	/** The event publications stored for the certificates' listener when an attempt at the quiz is graded (rolled back). */
	private int awardingPublicationsFor(String quizId) {
		String attempt = UUID.randomUUID().toString();
		return transactions.execute(status -> {
			events.publishEvent(new QuizAttemptGraded(attempt, QuizId.of(quizId), LearnerId.of("nobody"), 1, 100, true,
					Instant.now(), List.of()));
			entities.flush();
			status.setRollbackOnly();
			return jdbc.queryForObject("select count(*) from event_publication where listener_id like '%Awarding%'"
					+ " and serialized_event like ?", Integer.class, "%" + attempt + "%");
		});
	}

	@Test
	void theExamRuleTakesTheScoreItNamesNotJustAPass() {
		String learner = learnerIdOf(learner("Chen Wei"));

		examGraded(learner, 70, Instant.now());
		await().pollDelay(Duration.ofMillis(500)).atMost(Duration.ofSeconds(5))
			.until(() -> certificates.findByLearnerIdOrderByIssuedAtDesc(LearnerId.of(learner)).isEmpty());

		examGraded(learner, 85, Instant.now());
		await().atMost(Duration.ofSeconds(10))
			.until(() -> certificates.findByLearnerIdAndCourseSlug(LearnerId.of(learner), "key-exam").isPresent());
	}

	@Test
	void theNameALearnerChoseIsPrintedInsteadOfTheirDisplayName() {
		String learner = learnerIdOf(learner("dani"));
		names.choose(LearnerId.of(learner), "Daniela Ruiz Ortega");

		completed(learner, "key-basics", Instant.now());

		await().atMost(Duration.ofSeconds(10))
			.until(() -> certificates.findByLearnerIdAndCourseSlug(LearnerId.of(learner), "key-basics")
				.map(Certificate::printedName)
				.filter("Daniela Ruiz Ortega"::equals)
				.isPresent());
	}

	@Test
	void eightEventsAtOnceIssueOneCertificate() throws Exception {
		String learner = learnerIdOf(learner("Eva Novak"));
		Instant finished = Instant.now().truncatedTo(ChronoUnit.MILLIS);
		Course course = catalog.course(CourseSlug.of("key-basics")).orElseThrow();
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService threads = Executors.newFixedThreadPool(8);
		try {
			List<Callable<String>> racers = IntStream.range(0, 8).<Callable<String>>mapToObj(i -> () -> {
				start.await();
				if (i % 2 == 0) {
					completed(learner, "key-basics", finished);
					return null;
				}
				return issuing.issue(LearnerId.of(learner), course, finished).id();
			}).toList();
			List<Future<String>> results = racers.stream().map(threads::submit).toList();
			start.countDown();
			List<String> ids = results.stream().map(CertificateIssuingTest::get).filter(id -> id != null).distinct().toList();

			assertThat(ids).hasSize(1);
			await().pollDelay(Duration.ofMillis(500)).atMost(Duration.ofSeconds(10))
				.until(() -> certificates.findByLearnerIdOrderByIssuedAtDesc(LearnerId.of(learner)).size() == 1);
		}
		finally {
			threads.shutdownNow();
		}
	}

	@Test
	void aRequiredQuizThatDoesNotExistIsAWarningAtItsLine() {
		assertThat(board.all()).extracting(listed -> listed.problem().toString())
			.contains("key-typo/course.yml:5: warning: Quiz \"key-exam-finale\" under certificate requires: is no quiz of"
					+ " this portal, so the certificate cannot be earned");
	}

	private static String get(Future<String> result) {
		try {
			return result.get();
		}
		catch (Exception ex) {
			throw new AssertionError(ex);
		}
	}
}
