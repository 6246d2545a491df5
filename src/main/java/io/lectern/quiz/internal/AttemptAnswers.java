package io.lectern.quiz.internal;

import io.lectern.quiz.grading.Response;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.hibernate.annotations.BatchSize;

/**
 * The learner's answers to an attempt's questions and, once it is submitted, the fraction of its
 * points each question earned, both by question id.
 */
@Embeddable
class AttemptAnswers {

	// Lazy, so lists of attempts cost one query; the repository fetches the answers with a single attempt.
	@ElementCollection(fetch = FetchType.LAZY)
	@CollectionTable(name = "quiz_attempt_answer", joinColumns = @JoinColumn(name = "attempt_id"))
	@MapKeyColumn(name = "question_id")
	@Column(name = "response")
	private Map<String, String> given = new LinkedHashMap<>();

	// A learner's whole history loads its grades a batch of attempts at a time.
	@BatchSize(size = 50)
	@ElementCollection(fetch = FetchType.LAZY)
	@CollectionTable(name = "quiz_attempt_grade", joinColumns = @JoinColumn(name = "attempt_id"))
	@MapKeyColumn(name = "question_id")
	@Column(name = "fraction")
	private Map<String, Double> fractions = new LinkedHashMap<>();

	/** Each response replaces any earlier answer to its question, a blank one too, so un-ticking everything sticks. */
	void keep(Map<String, Response> responses) {
		responses.forEach((questionId, response) -> given.put(questionId, ResponseCodec.encode(response)));
	}

	Optional<Response> answer(String questionId) {
		return Optional.ofNullable(given.get(questionId)).map(ResponseCodec::decode);
	}

	void graded(GradedAttempt result) {
		result.grades().forEach((questionId, grade) -> fractions.put(questionId, grade.fraction()));
	}

	Map<String, Double> fractions() {
		return Map.copyOf(fractions);
	}
}
