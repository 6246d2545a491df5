package io.lectern.authoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The content problems of the running portal, as the modules that read the content folder last
 * found them, for the instructors' and admins' problems page and the count in their header. Each
 * module replaces its own list whenever it loads again.
 */
public final class ProblemBoard {

	/** What the problem did to the page or quiz it is in; the problems page words it as {@code problems.outcome.<NAME>}. */
	public enum Outcome {
		/** An error at start-up: there is no earlier version to keep. */
		LEFT_OUT,
		/** An error in a change while the portal runs: learners keep the last version that built. */
		LAST_GOOD_KEPT,
		/** A warning: the page is served, with the problem in it. */
		SHOWN
	}

	/**
	 * One problem as the page lists it.
	 *
	 * @param affects the title and address of the lesson or quiz it is in, when that is served
	 */
	public record Listed(ContentProblem problem, Outcome outcome, Optional<Affected> affects) {

		public static Listed atStartUp(ContentProblem problem, Optional<Affected> affects) {
			return new Listed(problem, problem.isError() ? Outcome.LEFT_OUT : Outcome.SHOWN, affects);
		}
	}

	/** A lesson or quiz a problem is in, with its address. */
	public record Affected(String title, String url) {
	}

	private final Map<String, List<Listed>> bySource = new LinkedHashMap<>();

	/** Replaces everything {@code source} (a module: "content", "quizzes") reported before. */
	public synchronized void publish(String source, List<Listed> listed) {
		bySource.put(source, List.copyOf(listed));
	}

	/** What {@code source} last reported, as it reported it. */
	public synchronized List<Listed> listedBy(String source) {
		return bySource.getOrDefault(source, List.of());
	}

	/** Errors first, then by file and line. */
	public synchronized List<Listed> all() {
		List<Listed> all = new ArrayList<>();
		bySource.values().forEach(all::addAll);
		all.sort(Comparator.comparing((Listed listed) -> listed.problem().level()).thenComparing(Listed::problem));
		return all;
	}

	public synchronized int count() {
		return bySource.values().stream().mapToInt(List::size).sum();
	}

	public synchronized long errors() {
		return bySource.values().stream().flatMap(List::stream).filter(listed -> listed.problem().isError()).count();
	}
}
