package io.lectern.certificates.internal.issuing;

import io.lectern.accounts.LearnerId;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CertificateRepository extends JpaRepository<Certificate, String> {

	Optional<Certificate> findByLearnerIdAndCourseSlug(LearnerId learnerId, String courseSlug);

	List<Certificate> findByLearnerIdOrderByIssuedAtDesc(LearnerId learnerId);

	long deleteByLearnerId(LearnerId learnerId);
}
