package io.lectern.quiz.internal;

import io.lectern.accounts.LearnerId;
import io.lectern.authoring.QuizId;
import io.lectern.quiz.Quiz;
import io.lectern.quiz.QuizQuestion;
import io.lectern.quiz.Quizzes;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * A learner's attempts as every use of one finds it: only together with its learner and its quiz,
 * so that anyone else's, or one asked for under another quiz's address, is {@link AttemptNotFound};
 * and with the {@link QuizVersion} it started with, never with the quiz file as it is now.
 */
@Component
class OwnAttempts {

	private final AttemptRepository attempts;
	private final Quizzes quizzes;
	private final QuizVersions versions;

	OwnAttempts(AttemptRepository attempts, Quizzes quizzes, QuizVersions versions) {
		this.attempts = attempts;
		this.quizzes = quizzes;
		this.versions = versions;
	}

	/** @throws AttemptNotFound when the attempt is not this learner's, or not of this quiz */
	Attempt find(QuizId quizId, String publicId, LearnerId learner) {
		return attempts.findByPublicIdAndLearner(publicId, learner)
			.filter(attempt -> attempt.quizId().equals(quizId))
			.orElseThrow(AttemptNotFound::new);
	}

	/**
	 * The attempt, while it takes answers and a submit.
	 *
	 * @throws AttemptConflict when it was submitted already, by this request's twin or earlier
	 */
	Attempt inProgress(QuizId quizId, String publicId, LearnerId learner) {
		Attempt attempt = find(quizId, publicId, learner);
		if (attempt.state() == Attempt.State.SUBMITTED) {
			throw AttemptConflict.alreadySubmitted();
		}
		return attempt;
	}

	/** @throws AttemptNotFound when the portal no longer serves the quiz */
	Quiz quiz(QuizId quizId) {
		return quizzes.quiz(quizId).orElseThrow(AttemptNotFound::new);
	}

	QuizVersion versionOf(Attempt attempt) {
		return versions.of(attempt, () -> quiz(attempt.quizId()));
	}

	/** The attempt's questions as it started with them, by which a form is read and answers are graded. */
	static List<QuizQuestion> questionsOf(Attempt attempt, QuizVersion version) {
		return version.questions(attempt.questionIds()).stream().map(QuestionVersion::question).toList();
	}

	/** The learner's attempts at a quiz, first to last, and what follows from them. */
	Standing standing(Quiz quiz, LearnerId learner) {
		return new Standing(quiz, attempts.findByQuizIdAndLearnerOrderByNumber(quiz.id(), learner));
	}
}
