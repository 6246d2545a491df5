package io.lectern.authoring;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects every problem found while loading, so authors see them all at once, not one per run.
 * Thread-safe: lessons are rendered in parallel.
 */
public final class Problems {

	private final List<ContentProblem> found = new ArrayList<>();

	public synchronized void add(String file, int line, String message) {
		found.add(new ContentProblem(file, Math.max(1, line), message));
	}

	public synchronized int count() {
		return found.size();
	}

	public synchronized List<ContentProblem> sorted() {
		return found.stream().sorted().toList();
	}
}
