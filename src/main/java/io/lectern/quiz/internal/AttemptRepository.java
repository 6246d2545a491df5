package io.lectern.quiz.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface AttemptRepository extends JpaRepository<Attempt, Long> {

	/**
	 * An attempt only its own learner can reach: anyone else gets nothing, as if it did not exist.
	 * Its answers and grades come in the same query.
	 */
	@EntityGraph(attributePaths = { "answers", "fractions" })
	Optional<Attempt> findByPublicIdAndLearner(String publicId, String learner);

	List<Attempt> findByQuizIdAndLearnerOrderByNumber(String quizId, String learner);

	@EntityGraph(attributePaths = { "answers", "fractions" })
	Optional<Attempt> findFirstByQuizIdAndLearnerAndState(String quizId, String learner, Attempt.State state);

	int countByQuizIdAndLearner(String quizId, String learner);
}
