package io.lectern.progress.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface VisitRepository extends JpaRepository<LessonVisit, LessonVisit.Key> {

	List<LessonVisit> findByLearner(String learner);

	@Modifying
	@Query("delete from LessonVisit v where v.learner = :learner")
	void deleteByLearner(String learner);
}
