package io.lectern.accounts.internal.sessions;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface AccountSessionRepository extends JpaRepository<AccountSession, String> {

	List<AccountSession> findByLearnerIdAndLastSeenAtAfterOrderByLastSeenAtDesc(String learnerId, Instant after);

	Optional<AccountSession> findByIdAndLearnerId(String id, String learnerId);

	@Modifying
	@Query("delete from AccountSession s where s.learnerId = :learnerId and s.id <> :kept")
	int deleteOthers(String learnerId, String kept);

	@Modifying
	@Query("delete from AccountSession s where s.learnerId = :learnerId")
	int deleteAllOf(String learnerId);

	@Modifying
	@Query("delete from AccountSession s where s.lastSeenAt < :before")
	int deleteSeenBefore(Instant before);
}
