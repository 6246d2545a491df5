package io.lectern.quiz.grading;

import java.util.List;
import java.util.Set;

/** "Select all that apply", with partial credit or all-or-nothing as the author chooses. */
public record MultipleResponse(QuestionInfo info, List<Choice> choices, Scoring scoring) implements Question {

	/** How ticks become a fraction. */
	public enum Scoring {
		/** {@code max(0, (right ticks - wrong ticks) / number of correct choices)}. */
		PARTIAL,
		/** 1 when exactly the correct choices are ticked, else 0. */
		ALL_OR_NOTHING
	}

	public MultipleResponse {
		choices = List.copyOf(choices);
		if (Choices.check(info.id(), choices) == 0) {
			throw new UnfitQuestion("problem.question.multipleNoneCorrect", info.id());
		}
		scoring = scoring == null ? Scoring.PARTIAL : scoring;
	}

	@Override
	public Grade grade(Response response) {
		Set<Choice> ticked = Choices.picked(choices, response);
		long correct = Choices.correctCount(choices);
		long right = ticked.stream().filter(Choice::correct).count();
		long wrong = ticked.size() - right;
		List<String> feedback = Choices.feedbackOf(ticked);
		if (scoring == Scoring.ALL_OR_NOTHING) {
			boolean exact = right == correct && wrong == 0;
			return exact ? Grade.of(1, feedback, "Exactly the correct choices were ticked.", Reason.of("marking.multiple.exact"))
					: Grade.of(0, feedback, "Full marks need exactly the " + correct + " correct choices, and no others.",
							Reason.of("marking.multiple.notExact", correct));
		}
		double fraction = Math.max(0, (double) (right - wrong) / correct);
		boolean floored = right - wrong < 0;
		return Grade.of(fraction, feedback, "(" + right + " right - " + wrong + " wrong) / " + correct
				+ " correct choices = " + format(fraction) + (floored ? ", never below 0" : ""),
				Reason.of(floored ? "marking.multiple.partialFloored" : "marking.multiple.partial", right, wrong, correct, rounded(fraction)));
	}

	@Override
	public String creditRule() {
		long correct = Choices.correctCount(choices);
		return scoring == Scoring.ALL_OR_NOTHING
				? "All or nothing: tick exactly the correct choices to earn the points."
				: "Partial credit: each correct tick earns 1/" + correct + " of the points and each wrong tick takes 1/"
						+ correct + " away; the score never drops below zero.";
	}

	static String format(double fraction) {
		return rounded(fraction).toPlainString();
	}

	/**
	 * The fraction to two places, for a message to write in the reader's digits: rounded half up
	 * from its shortest decimal form, as {@code String.format("%.2f")} rounds, without a
	 * {@code Formatter} for every question graded.
	 */
	static java.math.BigDecimal rounded(double fraction) {
		return java.math.BigDecimal.valueOf(fraction).setScale(2, java.math.RoundingMode.HALF_UP);
	}
}
