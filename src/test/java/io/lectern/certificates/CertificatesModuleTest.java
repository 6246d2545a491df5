package io.lectern.certificates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.lectern.accounts.LearnerId;
import io.lectern.authoring.CourseSlug;
import io.lectern.certificates.internal.issuing.CertificateRepository;
import io.lectern.progress.CourseCompleted;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/** The certificates module with the modules it uses, fed a course completion as progress announces it. */
// Content asks for the problem board and draws diagrams through beans made in its own
// configuration, which Spring Modulith does not count as bean dependencies: both are named.
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES,
		extraIncludes = { "authoring", "diagrams" })
@TestPropertySource(properties = { "spring.datasource.url=jdbc:h2:mem:certificates-module",
		"lectern.content.dir=src/test/resources/fixtures/certificates", "lectern.public-url=https://learn.example.org" })
class CertificatesModuleTest {

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	CertificateRepository certificates;

	@Test
	void completingACourseThatAwardsACertificateIssuesIt() {
		String learner = UUID.randomUUID().toString();

		transactions.executeWithoutResult(
				status -> events.publishEvent(new CourseCompleted(LearnerId.of(learner), CourseSlug.of("key-basics"), Instant.parse("2026-11-30T10:15:00Z"))));

		await().atMost(Duration.ofSeconds(20))
			.until(() -> certificates.findByLearnerIdAndCourseSlug(LearnerId.of(learner), "key-basics").isPresent());
		assertThat(certificates.findByLearnerIdAndCourseSlug(LearnerId.of(learner), "key-basics").orElseThrow().courseTitle())
			.isEqualTo("Key basics");
	}
}
