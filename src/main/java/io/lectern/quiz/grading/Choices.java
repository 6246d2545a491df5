package io.lectern.quiz.grading;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Helpers for the options of a choice question. Questions have a handful of choices, so plain
 * scans beat building lookup maps on every grade.
 */
final class Choices {

	private Choices() {
	}

	/** Refuses repeated choice ids and returns how many choices are correct. */
	static long check(String questionId, List<Choice> choices) {
		Set<String> ids = new HashSet<>();
		for (Choice choice : choices) {
			if (!ids.add(choice.id())) {
				throw new UnfitQuestion("problem.question.choiceTwice", questionId, choice.id());
			}
		}
		return correctCount(choices);
	}

	static long correctCount(List<Choice> choices) {
		return choices.stream().filter(Choice::correct).count();
	}

	/** The distinct known choices a response picked, in the order picked; unknown ids are ignored. */
	static Set<Choice> picked(List<Choice> choices, Response response) {
		if (!(response instanceof Response.Choices picks)) {
			return Set.of();
		}
		Set<Choice> picked = new LinkedHashSet<>();
		for (String id : picks.ids()) {
			for (Choice choice : choices) {
				if (choice.id().equals(id)) {
					picked.add(choice);
				}
			}
		}
		return picked;
	}

	static List<String> feedbackOf(Set<Choice> picked) {
		return picked.stream().map(Choice::feedback).toList();
	}
}
