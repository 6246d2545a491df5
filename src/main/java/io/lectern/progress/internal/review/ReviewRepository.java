package io.lectern.progress.internal.review;

import io.lectern.accounts.LearnerId;
import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface ReviewRepository extends JpaRepository<ReviewItem, ReviewItem.Key> {

	List<ReviewItem> findByLearnerAndRetiredFalseAndDueAtLessThanEqualOrderByDueAt(LearnerId learner, Instant now);

	List<ReviewItem> findByLearner(LearnerId learner);

	List<ReviewItem> findByLearnerAndQuizId(LearnerId learner, String quizId);

	@Modifying
	@Query("delete from ReviewItem r where r.learner = :learner")
	void deleteByLearner(LearnerId learner);
}
