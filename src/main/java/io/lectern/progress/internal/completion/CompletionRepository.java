package io.lectern.progress.internal.completion;

import io.lectern.accounts.LearnerId;
import io.lectern.progress.internal.LearnerTally;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface CompletionRepository extends JpaRepository<LessonCompletion, LessonCompletion.Key> {

	List<LessonCompletion> findByLearner(LearnerId learner);

	@Modifying
	@Query("delete from LessonCompletion c where c.learner = :learner")
	void deleteByLearner(LearnerId learner);

	/** For a cohort: each learner's count of the given lessons completed, and when they completed the last. */
	@Query("""
			select new io.lectern.progress.internal.LearnerTally(c.learner, count(c), max(c.completedAt))
			from LessonCompletion c where c.courseSlug = :course and c.lessonSource in :lessons group by c.learner""")
	List<LearnerTally> tallyOfCourse(String course, Collection<String> lessons);

	/** The same for one learner: empty when they completed none of the lessons. */
	@Query("""
			select new io.lectern.progress.internal.LearnerTally(c.learner, count(c), max(c.completedAt))
			from LessonCompletion c where c.learner = :learner and c.courseSlug = :course and c.lessonSource in :lessons
			group by c.learner""")
	Optional<LearnerTally> tallyOf(LearnerId learner, String course, Collection<String> lessons);
}
