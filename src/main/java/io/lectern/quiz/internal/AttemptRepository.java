package io.lectern.quiz.internal;

import io.lectern.authoring.QuizId;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface AttemptRepository extends JpaRepository<Attempt, Long> {

	/** One graded question of a submitted attempt: the fraction of its points the attempt earned. */
	record GradeRow(Long attempt, String quizVersion, String questionId, Double fraction) {
	}

	/** One answered question of an attempt, as stored ({@link ResponseCodec}). */
	record AnswerRow(Long attempt, String questionId, String response) {
	}

	/**
	 * An attempt only its own learner can reach: anyone else gets nothing, as if it did not exist.
	 * Its answers come in the same query (a fetch join, whose translation Hibernate caches, unlike
	 * an entity graph's); the grades load only when a submit writes them.
	 */
	@Query("select a from Attempt a left join fetch a.answers.given where a.publicId = :publicId and a.learner = :learner")
	Optional<Attempt> findByPublicIdAndLearner(String publicId, String learner);

	/** Every attempt of a learner with its answers, in the order they were started; grades load in batches. */
	@Query("select distinct a from Attempt a left join fetch a.answers.given where a.learner = :learner order by a.time.startedAt")
	List<Attempt> findAllOfLearner(String learner);

	@Modifying
	@Query("delete from Attempt a where a.learner = :learner")
	void deleteByLearner(String learner);

	/** An attempt as starting another needs to know it. */
	record Earlier(String publicId, Attempt.State state) {
	}

	/** A learner's attempts at a quiz, first to last, as plain values: a start reads no entity it does not resume. */
	@Query("""
			select new io.lectern.quiz.internal.AttemptRepository$Earlier(a.publicId, a.state)
			from Attempt a where a.quizId = :quizId and a.learner = :learner order by a.number""")
	List<Earlier> earlierAttempts(QuizId quizId, String learner);

	/** Every graded attempt at a quiz, without answers: the results a look back over a quiz reads. */
	@Query("select a from Attempt a where a.quizId = :quizId and a.outcome.gradedAt is not null")
	List<Attempt> findGradedAt(QuizId quizId);

	/** A learner's attempts at a quiz, first to last, without their answers: one query. */
	List<Attempt> findByQuizIdAndLearnerOrderByNumber(QuizId quizId, String learner);

	/**
	 * Every grade of a quiz's submitted attempts, attempt by attempt in the order they were started:
	 * one query, flat rows rather than entities, as a quiz may have many thousand attempts.
	 */
	@Query("""
			select new io.lectern.quiz.internal.AttemptRepository$GradeRow(a.id, a.questions.quizVersion, key(g), value(g))
			from Attempt a join a.answers.fractions g
			where a.quizId = :quizId and a.state = io.lectern.quiz.internal.Attempt.State.SUBMITTED
			order by a.id""")
	List<GradeRow> submittedGrades(QuizId quizId);

	/** Every answer of a quiz's submitted attempts (blank questions have none), in one query. */
	@Query("""
			select new io.lectern.quiz.internal.AttemptRepository$AnswerRow(a.id, key(r), value(r))
			from Attempt a join a.answers.given r
			where a.quizId = :quizId and a.state = io.lectern.quiz.internal.Attempt.State.SUBMITTED""")
	List<AnswerRow> submittedAnswers(QuizId quizId);
}
