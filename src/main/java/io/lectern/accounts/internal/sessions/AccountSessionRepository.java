package io.lectern.accounts.internal.sessions;

import io.lectern.accounts.LearnerId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface AccountSessionRepository extends JpaRepository<AccountSession, String> {

	List<AccountSession> findByLearnerIdAndLastSeenAtAfterOrderByLastSeenAtDesc(LearnerId learnerId, Instant after);

	Optional<AccountSession> findByIdAndLearnerId(String id, LearnerId learnerId);

	@Modifying
	@Query("delete from AccountSession s where s.learnerId = :learnerId and s.id <> :kept")
	int deleteOthers(LearnerId learnerId, String kept);

	@Modifying
	@Query("delete from AccountSession s where s.learnerId = :learnerId")
	int deleteAllOf(LearnerId learnerId);

	@Modifying
	@Query("delete from AccountSession s where s.lastSeenAt < :before")
	int deleteSeenBefore(Instant before);
}
