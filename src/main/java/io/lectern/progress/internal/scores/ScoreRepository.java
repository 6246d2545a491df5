package io.lectern.progress.internal.scores;

import io.lectern.accounts.LearnerId;
import io.lectern.progress.internal.LearnerTally;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface ScoreRepository extends JpaRepository<QuizScore, String> {

	List<QuizScore> findByLearnerOrderByGradedAt(LearnerId learner);

	/** The quizzes a learner passed: read through the learner's index, which H2 leaves for the quiz's given both. */
	@Query("select distinct s.quizId from QuizScore s where s.learner = :learner and s.passed = true")
	List<String> quizzesPassedBy(LearnerId learner);

	@Modifying
	@Query("delete from QuizScore s where s.learner = :learner")
	void deleteByLearner(LearnerId learner);

	/**
	 * A learner's best score at a quiz.
	 *
	 * @param passes how many of their attempts passed it
	 */
	record Best(LearnerId learner, String quizId, double percent, long passes) {

		public boolean passed() {
			return passes > 0;
		}
	}

	/** For a cohort: how many of the given quizzes each learner passed, and when their last attempt was graded. */
	@Query("""
			select new io.lectern.progress.internal.LearnerTally(s.learner,
				count(distinct case when s.passed = true then s.quizId end), max(s.gradedAt))
			from QuizScore s where s.quizId in :quizzes group by s.learner""")
	List<LearnerTally> tallyOfQuizzes(Collection<String> quizzes);

	/**
	 * One quiz a learner attempted: how many of their attempts passed it, and when the latest was graded.
	 */
	record QuizTally(String quizId, long passes, Instant latest) {
	}

	/**
	 * A learner's tally at every quiz they attempted, to be narrowed to a course's quizzes by the
	 * caller: given a list of quiz ids as well, H2 reads every score of those quizzes, by everyone.
	 */
	@Query("""
			select new io.lectern.progress.internal.scores.ScoreRepository$QuizTally(s.quizId,
				sum(case when s.passed = true then 1 else 0 end), max(s.gradedAt))
			from QuizScore s where s.learner = :learner group by s.quizId""")
	List<QuizTally> tallyOf(LearnerId learner);

	/**
	 * The best scores of a few learners at every quiz they attempted. Not narrowed to a course's
	 * quizzes on purpose: given both lists, H2 reads every score of those quizzes through the quiz
	 * index (200,000 rows in the benchmark) instead of the learners' few through theirs.
	 */
	@Query("""
			select new io.lectern.progress.internal.scores.ScoreRepository$Best(s.learner, s.quizId, max(s.percent),
				sum(case when s.passed = true then 1 else 0 end))
			from QuizScore s where s.learner in :learners group by s.learner, s.quizId""")
	List<Best> bestOf(Collection<LearnerId> learners);

	@Query("""
			select new io.lectern.progress.internal.scores.ScoreRepository$Best(s.learner, s.quizId, max(s.percent),
				sum(case when s.passed = true then 1 else 0 end))
			from QuizScore s where s.quizId in :quizzes group by s.learner, s.quizId""")
	List<Best> bestOfEveryone(Collection<String> quizzes);
}
