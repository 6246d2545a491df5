package io.lectern.quiz.internal;

import io.lectern.quiz.Quiz;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import java.util.List;
import java.util.Optional;

/**
 * What an attempt shows, fixed when it starts: the quiz version it started with (by hash), its
 * questions in the order shown, and the seed that orders their choices.
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

	boolean has(String questionId) {
		return questionIds.contains(questionId);
	}

	long seed() {
		return seed;
	}
}
