package io.lectern.progress.internal.completion;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface CourseCompletionRepository extends JpaRepository<CourseCompletion, CourseCompletion.Key> {

	List<CourseCompletion> findByLearner(String learner);

	List<CourseCompletion> findByCourseSlug(String courseSlug);

	@Modifying
	@Query("delete from CourseCompletion c where c.learner = :learner")
	void deleteByLearner(String learner);
}
