package io.lectern.quiz.grading;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Put items in order (e.g. the steps of assuming a role). Credit goes by adjacent pairs: each pair
 * of neighbours the learner placed in the right relative order, next to each other, earns
 * 1/(n-1) of the points, so one item out of place costs little and a reversed list earns nothing.
 *
 * @param order item ids in the correct order
 */
public record Ordering(QuestionInfo info, List<String> order) implements Question {

	public Ordering {
		order = List.copyOf(order);
		if (order.size() < 2 || Set.copyOf(order).size() != order.size()) {
			throw new UnfitQuestion("problem.question.orderingItems", info.id());
		}
	}

	@Override
	public Grade grade(Response response) {
		List<String> given = response instanceof Response.Order ordered ? ordered.ids() : List.of();
		Map<String, Integer> position = new HashMap<>();
		for (int i = 0; i < order.size(); i++) {
			position.put(order.get(i), i);
		}
		int pairs = order.size() - 1;
		// Each correct pair counts once, so a list that repeats items never earns more than a right list.
		Set<Integer> rightPairs = new HashSet<>();
		for (int i = 0; i + 1 < given.size(); i++) {
			Integer here = position.get(given.get(i));
			Integer next = position.get(given.get(i + 1));
			if (here != null && next != null && next == here + 1) {
				rightPairs.add(here);
			}
		}
		int right = rightPairs.size();
		double fraction = (double) right / pairs;
		return Grade.of(fraction, List.of(), right + " of " + pairs + " neighbouring pairs are in the right order = "
				+ MultipleResponse.format(fraction),
				Reason.of("marking.ordering.pairs", right, pairs, MultipleResponse.rounded(fraction)));
	}

	@Override
	public String creditRule() {
		return "Each pair of neighbours in the right order earns 1/" + (order.size() - 1) + " of the points.";
	}
}
