package io.lectern.quiz.internal.report;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One submitted attempt, question by question.
 *
 * @param items each question the attempt included, by question id
 */
public record ScoredAttempt(Map<String, ItemScore> items) {

	public ScoredAttempt {
		// Kept in the caller's order, not Map.copyOf's, so that sums of points come out the same on every run.
		items = Collections.unmodifiableMap(new LinkedHashMap<>(items));
		if (items.containsKey(null) || items.containsValue(null)) {
			throw new IllegalArgumentException("An attempt's items have no null question ids or scores");
		}
	}

	double earned() {
		return items.values().stream().mapToDouble(ItemScore::earned).sum();
	}
}
