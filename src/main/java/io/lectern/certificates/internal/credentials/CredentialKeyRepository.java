package io.lectern.certificates.internal.credentials;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CredentialKeyRepository extends JpaRepository<CredentialKey, String> {

	List<CredentialKey> findAllByOrderByCreatedAtDesc();
}
