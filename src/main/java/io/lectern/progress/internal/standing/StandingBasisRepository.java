package io.lectern.progress.internal.standing;

import org.springframework.data.jpa.repository.JpaRepository;

public interface StandingBasisRepository extends JpaRepository<StandingBasis, String> {
}
