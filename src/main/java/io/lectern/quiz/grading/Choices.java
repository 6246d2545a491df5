package io.lectern.quiz.grading;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The options of a choice question, checked once when the question is defined. */
final class Choices {

	private final List<Choice> all;
	private final Map<String, Choice> byId;

	Choices(String questionId, List<Choice> all) {
		this.all = List.copyOf(all);
		this.byId = this.all.stream().collect(Collectors.toMap(Choice::id, Function.identity(), (a, b) -> {
			throw new IllegalArgumentException("Question " + questionId + " has two choices with the id " + a.id());
		}));
	}

	List<Choice> all() {
		return all;
	}

	long correctCount() {
		return all.stream().filter(Choice::correct).count();
	}

	/** The distinct known choices a response picked, in the order picked; unknown ids are ignored. */
	Set<Choice> picked(Response response) {
		if (!(response instanceof Response.Choices choices)) {
			return Set.of();
		}
		Set<Choice> picked = new LinkedHashSet<>();
		new LinkedHashSet<>(choices.ids()).stream().map(byId::get).filter(choice -> choice != null).forEach(picked::add);
		return picked;
	}

	static List<String> feedbackOf(Set<Choice> picked) {
		return picked.stream().map(Choice::feedback).toList();
	}

}
