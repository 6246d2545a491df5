package io.lectern.quiz.internal;

import io.lectern.accounts.LearnerId;
import io.lectern.authoring.QuizId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface AttemptRepository extends JpaRepository<Attempt, Long> {

	/** A submitted attempt's answers and grades, as stored ({@link AnswerSheet}), with the version it was graded with. */
	record Sheet(Long attempt, String quizVersion, String answersJson, String gradesJson) {

		Map<String, String> answers() {
			return AnswerSheet.answers(answersJson);
		}

		Map<String, Double> grades() {
			return AnswerSheet.grades(gradesJson);
		}
	}

	/** An attempt only its own learner can reach: anyone else gets nothing, as if it did not exist. */
	@Query("select a from Attempt a where a.publicId = :publicId and a.learner = :learner")
	Optional<Attempt> findByPublicIdAndLearner(String publicId, LearnerId learner);

	/** Every attempt of a learner with its answers and grades, in the order they were started. */
	@Query("select a from Attempt a where a.learner = :learner order by a.time.startedAt")
	List<Attempt> findAllOfLearner(LearnerId learner);

	@Modifying
	@Query("delete from Attempt a where a.learner = :learner")
	void deleteByLearner(LearnerId learner);

	/** An attempt as starting another needs to know it. */
	record Last(String publicId, Attempt.State state, int number) {
	}

	/**
	 * A learner's last attempts at a quiz, last first, as plain values: a start reads no entity it
	 * does not resume, and, with a limit of one, one row through the unique index on quiz, learner
	 * and number however many attempts came before. The order names the index's columns from its
	 * first, though two are fixed by the condition: only then does H2 read the index backwards and
	 * stop at the first row, rather than read every attempt of the learner's and sort them.
	 */
	@Query("""
			select new io.lectern.quiz.internal.AttemptRepository$Last(a.publicId, a.state, a.number)
			from Attempt a where a.quizId = :quizId and a.learner = :learner
			order by a.quizId desc, a.learner desc, a.number desc""")
	List<Last> lastAttempts(QuizId quizId, LearnerId learner, Limit limit);

	/** Every graded attempt at a quiz, without answers: the results a look back over a quiz reads. */
	@Query("select a from Attempt a where a.quizId = :quizId and a.outcome.gradedAt is not null")
	List<Attempt> findGradedAt(QuizId quizId);

	/** A learner's attempts at a quiz, first to last, without their answers: one query. */
	List<Attempt> findByQuizIdAndLearnerOrderByNumber(QuizId quizId, LearnerId learner);

	/**
	 * The answers and grades of a quiz's submitted attempts, in the order they were started: one
	 * query, flat rows rather than entities, as a quiz may have many thousand attempts.
	 */
	@Query("""
			select new io.lectern.quiz.internal.AttemptRepository$Sheet(a.id, a.questions.quizVersion, a.answers.given,
				a.answers.fractions)
			from Attempt a
			where a.quizId = :quizId and a.state = io.lectern.quiz.internal.Attempt.State.SUBMITTED
			order by a.id""")
	List<Sheet> submittedSheets(QuizId quizId);
}
