package io.lectern.progress.internal.mastery;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface ResultRepository extends JpaRepository<QuestionResult, Long> {

	List<QuestionResult> findByLearnerOrderByAnsweredAt(String learner);

	/** A graded answer as mastery needs it: plain values, not managed entities, since a learner may have thousands. */
	record Answered(String quizId, String questionId, String topics, double fraction, Instant answeredAt) {
	}

	@Query("select new io.lectern.progress.internal.mastery.ResultRepository$Answered(r.quizId, r.questionId, r.topics, r.fraction, r.answeredAt)"
			+ " from QuestionResult r where r.learner = :learner order by r.answeredAt")
	List<Answered> findAnswered(String learner);

	@Modifying
	@Query("delete from QuestionResult r where r.learner = :learner")
	void deleteByLearner(String learner);
}
