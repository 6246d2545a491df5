package io.lectern.progress.internal.standing;

import io.lectern.accounts.LearnerId;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface StandingRepository extends JpaRepository<CourseStanding, CourseStanding.Key> {

	long countByCourseSlug(String courseSlug);

	/** A page of a course's standings, in the page's order; the caller counts the pages. */
	List<CourseStanding> findByCourseSlug(String courseSlug, Pageable page);

	List<CourseStanding> findByCourseSlug(String courseSlug, Sort order);

	@Modifying
	@Query("delete from CourseStanding s where s.learner = :learner")
	void deleteByLearner(LearnerId learner);

	@Modifying
	@Query("delete from CourseStanding s where s.courseSlug = :courseSlug")
	void deleteByCourseSlug(String courseSlug);
}
