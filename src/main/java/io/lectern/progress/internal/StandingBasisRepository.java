package io.lectern.progress.internal;

import org.springframework.data.jpa.repository.JpaRepository;

interface StandingBasisRepository extends JpaRepository<StandingBasis, String> {
}
