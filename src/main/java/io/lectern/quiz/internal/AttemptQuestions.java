package io.lectern.quiz.internal;

import io.lectern.quiz.Quiz;
import io.lectern.quiz.grading.Response;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What an attempt shows, fixed when it starts, and so which answers it takes: the quiz version it
 * started with (by hash), its questions in the order shown, and the seed that orders their choices.
 */
@Embeddable
class AttemptQuestions {

	/** None only for an attempt from before versions were kept, until its quiz is next loaded. */
	private String quizVersion;

	@Convert(converter = QuestionList.class)
	@Column(name = "questions")
	private List<String> questionIds;

	private long seed;

	protected AttemptQuestions() {
	}

	AttemptQuestions(Quiz quiz, QuizVersion version, long seed) {
		this.quizVersion = version.hash();
		this.questionIds = AttemptPlan.questionIds(quiz, seed);
		this.seed = seed;
	}

	Optional<String> quizVersion() {
		return Optional.ofNullable(quizVersion);
	}

	List<String> questionIds() {
		return questionIds;
	}

	/** @throws AttemptRefused for an answer to a question this attempt does not have, which a form cannot send */
	void requireAsked(Set<String> answered) {
		for (String questionId : answered) {
			if (!questionIds.contains(questionId)) {
				throw new AttemptRefused("refusal.attempt.noSuchQuestion", questionId);
			}
		}
	}

	/** The answers to this attempt's questions, without those to any other, which a submit ignores. */
	Map<String, Response> askedOnly(Map<String, Response> answers) {
		Map<String, Response> asked = new LinkedHashMap<>(answers);
		asked.keySet().retainAll(questionIds);
		return asked;
	}

	long seed() {
		return seed;
	}
}
