package io.lectern.certificates.internal.issuing;

import io.lectern.accounts.LearnerId;
import org.springframework.data.jpa.repository.JpaRepository;

interface PrintedNameRepository extends JpaRepository<PrintedName, LearnerId> {
}
