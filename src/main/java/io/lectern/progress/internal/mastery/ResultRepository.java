package io.lectern.progress.internal.mastery;

import io.lectern.accounts.LearnerId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface ResultRepository extends JpaRepository<QuestionResult, Long> {

	/** A learner's results with their topics, in one query. */
	@EntityGraph(attributePaths = "topics")
	List<QuestionResult> findByLearnerOrderByAnsweredAt(LearnerId learner);

	/** A graded answer as mastery needs it: plain values, not managed entities, since a learner may have thousands. */
	record Answered(String quizId, String questionId, List<String> topics, double fraction, Instant answeredAt) {
	}

	/** One topic of one graded answer, or the answer alone when its question has no topic. */
	record AnsweredTopic(long result, String quizId, String questionId, double fraction, Instant answeredAt,
			String topic) {
	}

	@Query("select new io.lectern.progress.internal.mastery.ResultRepository$AnsweredTopic(r.id, r.quizId, r.questionId,"
			+ " r.fraction, r.answeredAt, t) from QuestionResult r left join r.topics t where r.learner = :learner"
			+ " order by r.answeredAt, r.id, index(t)")
	List<AnsweredTopic> findAnsweredTopics(LearnerId learner);

	/** The learner's graded answers, first to last, each with its topics. */
	default List<Answered> findAnswered(LearnerId learner) {
		Map<Long, List<String>> topics = new LinkedHashMap<>();
		Map<Long, AnsweredTopic> answers = new LinkedHashMap<>();
		for (AnsweredTopic row : findAnsweredTopics(learner)) {
			answers.putIfAbsent(row.result(), row);
			List<String> of = topics.computeIfAbsent(row.result(), any -> new ArrayList<>());
			if (row.topic() != null) {
				of.add(row.topic());
			}
		}
		return answers.values()
			.stream()
			.map(row -> new Answered(row.quizId(), row.questionId(), topics.get(row.result()), row.fraction(),
					row.answeredAt()))
			.toList();
	}

	@Modifying
	@Query("delete from QuestionResult r where r.learner = :learner")
	void deleteByLearner(LearnerId learner);
}
