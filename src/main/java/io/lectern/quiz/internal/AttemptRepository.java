package io.lectern.quiz.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface AttemptRepository extends JpaRepository<Attempt, Long> {

	/**
	 * An attempt only its own learner can reach: anyone else gets nothing, as if it did not exist.
	 * Its answers come in the same query (a fetch join, whose translation Hibernate caches, unlike
	 * an entity graph's); the grades load only when a submit writes them.
	 */
	@Query("select a from Attempt a left join fetch a.answers where a.publicId = :publicId and a.learner = :learner")
	Optional<Attempt> findByPublicIdAndLearner(String publicId, String learner);

	/** Every attempt of a learner with its answers, in the order they were started; grades load in batches. */
	@Query("select distinct a from Attempt a left join fetch a.answers where a.learner = :learner order by a.startedAt")
	List<Attempt> findAllOfLearner(String learner);

	@Modifying
	@Query("delete from Attempt a where a.learner = :learner")
	void deleteByLearner(String learner);

	/** A learner's attempts at a quiz, first to last, without their answers: one query. */
	List<Attempt> findByQuizIdAndLearnerOrderByNumber(String quizId, String learner);
}
