package io.lectern.progress.internal.visits;

import io.lectern.accounts.LearnerId;
import io.lectern.progress.internal.LearnerTally;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface VisitRepository extends JpaRepository<LessonVisit, LessonVisit.Key> {

	List<LessonVisit> findByLearner(LearnerId learner);

	@Modifying
	@Query("delete from LessonVisit v where v.learner = :learner")
	void deleteByLearner(LearnerId learner);

	/** For a cohort: when each learner last read a lesson of the course (one row per learner and course). */
	@Query("""
			select new io.lectern.progress.internal.LearnerTally(v.learner, 1L, v.visitedAt)
			from LessonVisit v where v.courseSlug = :course""")
	List<LearnerTally> tallyOfCourse(String course);
}
