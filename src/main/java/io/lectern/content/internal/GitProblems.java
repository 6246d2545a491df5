package io.lectern.content.internal;

import io.lectern.authoring.ContentProblem;
import io.lectern.authoring.ProblemBoard;
import io.lectern.content.internal.git.GitProperties;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What went wrong with the course repository, on the problems page under the repository's address
 * until it comes right: a fetch that failed until one succeeds, a commit that could not be checked
 * out until one is.
 */
final class GitProblems {

	/** The problems page lists the repository's problems under this name. */
	static final String SOURCE = "git";

	private final ProblemBoard board;
	private final String where;
	private final Map<String, ContentProblem> current = new LinkedHashMap<>();

	GitProblems(ProblemBoard board, GitProperties properties) {
		this.board = board;
		this.where = properties.shownUrl() + " (branch " + properties.branch() + ")";
	}

	/** The repository and branch, where the problems page shows a file. */
	String where() {
		return where;
	}

	void fetchFailed(Exception ex) {
		put("fetch", "problem.git.fetch", reason(ex));
	}

	void fetched() {
		remove("fetch");
	}

	void missing(String commit) {
		put("checkout", "problem.git.missing", commit);
	}

	void checkoutFailed(String commit, Exception ex) {
		put("checkout", "problem.git.checkout", commit, reason(ex));
	}

	void served() {
		remove("checkout");
	}

	/** What went wrong: the exception's own words, and its root cause's when they add to them. */
	static String reason(Throwable ex) {
		Throwable root = ex;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		String said = ex.getMessage() == null || ex.getMessage().isBlank() ? ex.getClass().getSimpleName() : ex.getMessage();
		String cause = root.getMessage();
		return root == ex || cause == null || cause.isBlank() || said.contains(cause) ? said : said + " (" + cause + ")";
	}

	private synchronized void put(String kind, String key, Object... arguments) {
		current.put(kind, ContentProblem.error(where, 0, key, arguments));
		publish();
	}

	private synchronized void remove(String kind) {
		if (current.remove(kind) != null) {
			publish();
		}
	}

	private void publish() {
		List<ProblemBoard.Listed> listed = current.values()
			.stream()
			.map(problem -> new ProblemBoard.Listed(problem, ProblemBoard.Outcome.LAST_GOOD_KEPT, Optional.empty()))
			.toList();
		board.publish(SOURCE, listed);
	}
}
