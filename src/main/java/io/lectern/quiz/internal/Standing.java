package io.lectern.quiz.internal;

import io.lectern.quiz.Quiz;
import io.lectern.quiz.ReviewOptions;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Where a learner stands with a quiz: their attempts so far, first to last, and what follows from
 * them: attempts left, the result that counts, and whether the correct answers may be shown yet.
 */
public record Standing(Quiz quiz, List<Attempt> attempts) {

	public Standing {
		attempts = List.copyOf(attempts);
	}

	/** Before a learner has any attempt, or any identity at all. */
	public static Standing none(Quiz quiz) {
		return new Standing(quiz, List.of());
	}

	public List<Attempt> submitted() {
		return attempts.stream().filter(attempt -> attempt.state() == Attempt.State.SUBMITTED).toList();
	}

	/** The attempt in progress, which the learner resumes rather than starting another. */
	public Optional<Attempt> open() {
		return attempts.stream().filter(attempt -> attempt.state() == Attempt.State.IN_PROGRESS).findFirst();
	}

	/** Attempts the learner may still start; empty when unlimited. An attempt in progress counts as used. */
	public OptionalInt attemptsLeft() {
		return quiz.attemptsAllowed().isPresent()
				? OptionalInt.of(Math.max(0, quiz.attemptsAllowed().getAsInt() - attempts.size())) : OptionalInt.empty();
	}

	public boolean mayStartAnother() {
		return attemptsLeft().isEmpty() || attemptsLeft().getAsInt() > 0;
	}

	/** The quiz's grading method applied across the submitted attempts. */
	public Optional<Double> resultPercent() {
		return QuizResult.percent(quiz.grading(), submitted().stream().map(attempt -> attempt.percent().orElseThrow()).toList());
	}

	public boolean passed() {
		return resultPercent().map(percent -> percent >= quiz.passMark()).orElse(false);
	}

	/**
	 * Whether the review may show correct answers, and with them the feedback and explanations that
	 * give the answers away. With unlimited attempts there is no last attempt, so
	 * {@code after_last_attempt} never shows them.
	 */
	public boolean correctAnswersShown() {
		return answersShownWithoutHistory(quiz).orElseGet(this::answersShownAfterAttempts);
	}

	/**
	 * Whether correct answers show, when that does not depend on the learner's attempts: always,
	 * never, or never because there is no last attempt. Empty when it depends on them.
	 */
	public static Optional<Boolean> answersShownWithoutHistory(Quiz quiz) {
		return switch (quiz.review().correctAnswers()) {
			case IMMEDIATELY -> Optional.of(true);
			case NEVER -> Optional.of(false);
			case AFTER_LAST_ATTEMPT -> quiz.attemptsAllowed().isEmpty() ? Optional.of(false)
					: Optional.empty();
			case AFTER_PASSING -> Optional.empty();
		};
	}

	private boolean answersShownAfterAttempts() {
		return quiz.review().correctAnswers() == ReviewOptions.CorrectAnswers.AFTER_PASSING
				? submitted().stream().anyMatch(Attempt::passed)
				: open().isEmpty() && attemptsLeft().isPresent() && attemptsLeft().getAsInt() == 0;
	}
}
