package io.lectern.progress.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ResultRepository extends JpaRepository<QuestionResult, Long> {

	List<QuestionResult> findByLearnerOrderByAnsweredAt(String learner);

	@Modifying
	@Query("delete from QuestionResult r where r.learner = :learner")
	void deleteByLearner(String learner);
}
