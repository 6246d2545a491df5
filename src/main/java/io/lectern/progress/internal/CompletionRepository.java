package io.lectern.progress.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface CompletionRepository extends JpaRepository<LessonCompletion, LessonCompletion.Key> {

	List<LessonCompletion> findByLearner(String learner);

	@Modifying
	@Query("delete from LessonCompletion c where c.learner = :learner")
	void deleteByLearner(String learner);
}
