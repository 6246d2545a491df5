package io.lectern.quiz.internal;

import io.lectern.quiz.grading.Grade;
import io.lectern.quiz.grading.Response;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Transient;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The learner's answers to an attempt's questions and, once it is submitted, the fraction of its
 * points each question earned, both by question id, kept in the attempt's own row ({@link AnswerSheet}).
 */
@Embeddable
class AttemptAnswers {

	@Column(name = "answers")
	private String given = "{}";

	@Column(name = "grades") // null until submitted
	private String fractions;

	/** The answers as read from {@code given}, once per loaded attempt: grading asks for each question's. */
	@Transient
	private Map<String, String> read;

	/** Each response replaces any earlier answer to its question, a blank one too, so un-ticking everything sticks. */
	void keep(Map<String, Response> responses) {
		if (responses.isEmpty()) {
			return;
		}
		Map<String, String> all = new LinkedHashMap<>(given());
		responses.forEach((questionId, response) -> all.put(questionId, ResponseCodec.encode(response)));
		read = all;
		given = AnswerSheet.write(all);
	}

	Optional<Response> answer(String questionId) {
		return Optional.ofNullable(given().get(questionId)).map(ResponseCodec::decode);
	}

	/**
	 * Grades these answers as the quiz version the attempt started with defines its questions, and
	 * keeps the fraction of its points each question earned.
	 */
	GradedAttempt grade(QuizVersion version, List<String> questionIds, Instant gradedAt, boolean late) {
		GradedAttempt result = GradedAttempt.grade(version, questionIds, this::answer, gradedAt, late);
		Map<String, Double> earned = new LinkedHashMap<>();
		result.grades().forEach((questionId, grade) -> earned.put(questionId, grade.fraction()));
		fractions = AnswerSheet.write(earned);
		return result;
	}

	/** Each question's grade, with its feedback and working, graded again for a review: nothing is kept. */
	Map<String, Grade> regrade(QuizVersion version, List<String> questionIds, Instant gradedAt, boolean late) {
		return GradedAttempt.grade(version, questionIds, this::answer, gradedAt, late).grades();
	}

	Map<String, Double> fractions() {
		return Map.copyOf(AnswerSheet.grades(fractions));
	}

	private Map<String, String> given() {
		if (read == null) {
			read = AnswerSheet.answers(given);
		}
		return read;
	}
}
