package io.lectern.certificates.internal.status;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CertificateStatusRepository extends JpaRepository<CertificateStatus, Long> {

	List<CertificateStatus> findByRevokedAtIsNotNull();
}
