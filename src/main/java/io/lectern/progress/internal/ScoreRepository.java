package io.lectern.progress.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ScoreRepository extends JpaRepository<QuizScore, String> {

	List<QuizScore> findByLearnerOrderByGradedAt(String learner);

	@Modifying
	@Query("delete from QuizScore s where s.learner = :learner")
	void deleteByLearner(String learner);

	/**
	 * A learner's best score at a quiz.
	 *
	 * @param passes how many of their attempts passed it
	 */
	record Best(String learner, String quizId, double percent, long passes) {

		boolean passed() {
			return passes > 0;
		}
	}

	/** For a cohort: how many of the given quizzes each learner passed, and when their last attempt was graded. */
	@Query("""
			select new io.lectern.progress.internal.LearnerTally(s.learner,
				count(distinct case when s.passed = true then s.quizId end), max(s.gradedAt))
			from QuizScore s where s.quizId in :quizzes group by s.learner""")
	List<LearnerTally> tallyOfQuizzes(Collection<String> quizzes);

	/** The same for one learner: empty when they attempted none of the quizzes. */
	@Query("""
			select new io.lectern.progress.internal.LearnerTally(s.learner,
				count(distinct case when s.passed = true then s.quizId end), max(s.gradedAt))
			from QuizScore s where s.learner = :learner and s.quizId in :quizzes group by s.learner""")
	Optional<LearnerTally> tallyOf(String learner, Collection<String> quizzes);

	/**
	 * The best scores of a few learners at every quiz they attempted. Not narrowed to a course's
	 * quizzes on purpose: given both lists, H2 reads every score of those quizzes through the quiz
	 * index (200,000 rows in the benchmark) instead of the learners' few through theirs.
	 */
	@Query("""
			select new io.lectern.progress.internal.ScoreRepository$Best(s.learner, s.quizId, max(s.percent),
				sum(case when s.passed = true then 1 else 0 end))
			from QuizScore s where s.learner in :learners group by s.learner, s.quizId""")
	List<Best> bestOf(Collection<String> learners);

	@Query("""
			select new io.lectern.progress.internal.ScoreRepository$Best(s.learner, s.quizId, max(s.percent),
				sum(case when s.passed = true then 1 else 0 end))
			from QuizScore s where s.quizId in :quizzes group by s.learner, s.quizId""")
	List<Best> bestOfEveryone(Collection<String> quizzes);
}
