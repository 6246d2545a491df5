package io.lectern.quiz.grading;

import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Match each item with an option (e.g. a service with its responsibility model). Each correct
 * pair earns an equal share of the points.
 *
 * @param items item id to the id of the option it belongs with
 * @param options every option id a learner may pick, including distractors, in the author's order
 */
public record Matching(QuestionInfo info, Map<String, String> items, Set<String> options) implements Question {

	public Matching {
		items = new LinkedHashMap<>(items);
		options = Collections.unmodifiableSet(new LinkedHashSet<>(options));
		if (items.isEmpty()) {
			throw new UnfitQuestion("problem.question.matchingNoItems", info.id());
		}
		Set<String> unmatched = new HashSet<>(items.values());
		unmatched.removeAll(options);
		if (!unmatched.isEmpty()) {
			throw new UnfitQuestion("problem.question.unknownOptions", info.id(),
					unmatched.toString());
		}
		items = Collections.unmodifiableMap(items);
	}

	@Override
	public Grade grade(Response response) {
		Map<String, String> given = response instanceof Response.Pairs pairs ? pairs.matches() : Map.of();
		long right = items.entrySet().stream().filter(item -> item.getValue().equals(given.get(item.getKey()))).count();
		double fraction = (double) right / items.size();
		return Grade.of(fraction, List.of(), right + " of " + items.size() + " pairs are correct = "
				+ MultipleResponse.format(fraction),
				Reason.of("marking.matching.pairs", right, items.size(), MultipleResponse.rounded(fraction)));
	}

	@Override
	public String creditRule() {
		return "Each correct pair earns 1/" + items.size() + " of the points.";
	}
}
