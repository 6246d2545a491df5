package io.lectern.certificates.internal.issuing;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CertificateRepository extends JpaRepository<Certificate, String> {

	Optional<Certificate> findByLearnerIdAndCourseSlug(String learnerId, String courseSlug);

	List<Certificate> findByLearnerIdOrderByIssuedAtDesc(String learnerId);

	long deleteByLearnerId(String learnerId);
}
