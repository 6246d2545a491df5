package io.lectern.certificates.internal.issuing;

import org.springframework.data.jpa.repository.JpaRepository;

interface PrintedNameRepository extends JpaRepository<PrintedName, String> {
}
