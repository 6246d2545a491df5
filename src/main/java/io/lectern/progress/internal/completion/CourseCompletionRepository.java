package io.lectern.progress.internal.completion;

import io.lectern.accounts.LearnerId;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface CourseCompletionRepository extends JpaRepository<CourseCompletion, CourseCompletion.Key> {

	List<CourseCompletion> findByLearner(LearnerId learner);

	List<CourseCompletion> findByCourseSlug(String courseSlug);

	@Modifying
	@Query("delete from CourseCompletion c where c.learner = :learner")
	void deleteByLearner(LearnerId learner);
}
