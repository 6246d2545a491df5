package io.lectern.quiz.grading;

import java.math.BigDecimal;
import java.util.List;

/** A number, right when within {@code tolerance} of the answer. */
public record NumericAnswer(QuestionInfo info, BigDecimal answer, BigDecimal tolerance, String feedback)
		implements Question {

	public NumericAnswer {
		if (answer == null) {
			throw new UnfitQuestion("problem.question.numericNoAnswer", info.id());
		}
		tolerance = tolerance == null ? BigDecimal.ZERO : tolerance.abs();
		feedback = feedback == null ? "" : feedback;
	}

	@Override
	public Grade grade(Response response) {
		String given = response instanceof Response.Text text ? text.value().strip().replace(" ", "") : "";
		if (given.isEmpty()) {
			return Grade.of(0, List.of(), "No answer was given.", Reason.of("marking.noAnswer"));
		}
		BigDecimal value;
		try {
			value = new BigDecimal(given);
		}
		catch (NumberFormatException notANumber) {
			return Grade.of(0, List.of(), "\"" + given + "\" is not a number.", Reason.of("marking.numeric.notANumber", given));
		}
		// Compared with the bounds, never subtracted: "1e999999999" is ten characters, and subtracting
		// it would write out its billion digits (or overflow); a comparison reads the exponents first.
		boolean within = value.compareTo(answer.subtract(tolerance)) >= 0 && value.compareTo(answer.add(tolerance)) <= 0;
		String plain = tolerance.toPlainString();
		return within
				? Grade.of(1, List.of(feedback), "The answer is within " + plain + " of the expected value.",
						Reason.of("marking.numeric.within", plain))
				: Grade.of(0, List.of(), "The answer is more than " + plain + " away from the expected value.",
						Reason.of("marking.numeric.outside", plain));
	}

	@Override
	public String creditRule() {
		return tolerance.signum() == 0 ? "Give the exact number." : "Answers within " + tolerance.toPlainString()
				+ " of the expected value are accepted.";
	}
}
