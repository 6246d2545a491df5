package io.lectern.authoring;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects every problem found while loading, so authors see them all at once, not one per run.
 * Thread-safe: lessons are rendered in parallel.
 */
public final class Problems {

	private final List<ContentProblem> found = new ArrayList<>();

	/**
	 * Something that cannot be built: the lesson, quiz or entry it is in is left out.
	 *
	 * @param key the problem's sentence in the {@code content-problems} bundles
	 * @param arguments what the sentence names, in the order of its numbered arguments
	 */
	public void error(String file, int line, String key, Object... arguments) {
		add(ContentProblem.error(file, Math.max(1, line), key, arguments));
	}

	/** Something off in what still renders: a link that leads nowhere, a formula that does not parse. */
	public void warning(String file, int line, String key, Object... arguments) {
		add(ContentProblem.warning(file, Math.max(1, line), key, arguments));
	}

	public synchronized void add(ContentProblem problem) {
		found.add(problem);
	}

	/** Takes in what another collector found, for work done apart and kept only if it is used. */
	public void addAll(Problems other) {
		List<ContentProblem> theirs = other.sorted();
		synchronized (this) {
			found.addAll(theirs);
		}
	}

	public synchronized int count() {
		return found.size();
	}

	public synchronized List<ContentProblem> sorted() {
		return found.stream().sorted().toList();
	}
}
