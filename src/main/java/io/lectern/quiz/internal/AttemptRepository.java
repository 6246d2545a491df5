package io.lectern.quiz.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface AttemptRepository extends JpaRepository<Attempt, Long> {

	/** An attempt only its own learner can reach: anyone else gets nothing, as if it did not exist. */
	Optional<Attempt> findByPublicIdAndLearner(String publicId, String learner);

	List<Attempt> findByQuizIdAndLearnerOrderByNumber(String quizId, String learner);

	Optional<Attempt> findFirstByQuizIdAndLearnerAndState(String quizId, String learner, Attempt.State state);

	int countByQuizIdAndLearner(String quizId, String learner);
}
