package io.lectern.progress.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ScoreRepository extends JpaRepository<QuizScore, String> {

	List<QuizScore> findByLearnerOrderByGradedAt(String learner);

	@Modifying
	@Query("delete from QuizScore s where s.learner = :learner")
	void deleteByLearner(String learner);
}
