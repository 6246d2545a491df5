package io.lectern.quiz.grading;

import java.util.List;
import java.util.Set;

/** Pick the one right option. True/false is a single choice between "true" and "false". */
public record SingleChoice(QuestionInfo info, List<Choice> choices) implements Question {

	public static final String TRUE = "true";
	public static final String FALSE = "false";

	public SingleChoice {
		choices = List.copyOf(choices);
		long correct = Choices.check(info.id(), choices);
		if (correct != 1) {
			throw new UnfitQuestion("problem.question.singleCorrect", info.id(), correct);
		}
	}

	public static SingleChoice trueFalse(QuestionInfo info, boolean answer, String feedbackTrue, String feedbackFalse) {
		return new SingleChoice(info, List.of(new Choice(TRUE, "True", answer, feedbackTrue),
				new Choice(FALSE, "False", !answer, feedbackFalse)));
	}

	@Override
	public Grade grade(Response response) {
		Set<Choice> picked = Choices.picked(choices, response);
		if (picked.size() != 1) {
			return picked.isEmpty() ? Grade.of(0, List.of(), "No answer was chosen.", Reason.of("marking.noChoice"))
					: Grade.of(0, List.of(), "Only one answer may be chosen.", Reason.of("marking.single.tooMany"));
		}
		Choice choice = picked.iterator().next();
		return choice.correct()
				? Grade.of(1, Choices.feedbackOf(picked), "The chosen answer is correct.", Reason.of("marking.single.correct"))
				: Grade.of(0, Choices.feedbackOf(picked), "The chosen answer is not correct.", Reason.of("marking.single.incorrect"));
	}
}
