package io.lectern.certificates.internal.issuing;

import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.lectern.accounts.LearnerId;
import io.lectern.authoring.CourseSlug;
import io.lectern.certificates.internal.PublicAddress;
import io.lectern.content.Course;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Without {@code lectern.public-url} no certificate is issued: the attempt fails with the message
 * that tells the admin what to set, and nothing is written, so the event is delivered again later.
 */
class WithoutPublicAddressTest {

	@Test
	void issuingFailsWithWhatToSetAndWritesNothing() {
		CertificateRepository certificates = mock(CertificateRepository.class);
		when(certificates.findByLearnerIdAndCourseSlug(any(), any())).thenReturn(Optional.empty());
		EntityManager entities = mock(EntityManager.class);
		CertificateIssuing issuing = new CertificateIssuing(certificates, mock(PrintedNames.class), new PublicAddress(""),
				entities, mock(PlatformTransactionManager.class));

		assertThatIllegalStateException()
			.isThrownBy(() -> issuing.issue(LearnerId.of("learner"), new Course(CourseSlug.of("keys"), "Keys", "", List.of()), Instant.now()))
			.withMessageContaining("lectern.public-url (LECTERN_PUBLIC_URL)")
			.withMessageContaining("certificates earned meanwhile are issued then");
		verify(entities, never()).persist(any());
	}
}
