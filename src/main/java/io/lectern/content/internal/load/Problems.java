package io.lectern.content.internal.load;

import io.lectern.content.ContentProblem;
import java.util.ArrayList;
import java.util.List;

/** Collects every problem found while loading, so authors see them all at once, not one per run. */
public final class Problems {

	private final List<ContentProblem> found = new ArrayList<>();

	public void add(String file, int line, String message) {
		found.add(new ContentProblem(file, Math.max(1, line), message));
	}

	public int count() {
		return found.size();
	}

	/** Whether anything was reported in {@code file} since {@code mark} (a {@link #count()}). */
	boolean anyIn(String file, int mark) {
		return found.subList(mark, found.size()).stream().anyMatch(problem -> problem.file().equals(file));
	}

	public List<ContentProblem> sorted() {
		return found.stream().sorted().toList();
	}
}
