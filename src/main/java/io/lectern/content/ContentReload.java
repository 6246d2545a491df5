package io.lectern.content;

import java.util.List;
import java.util.Optional;

/**
 * What asking the {@link ContentSource} to read its courses again did.
 *
 * @param commit the commit served afterwards, when the courses come from git
 * @param courses the courses loaded again, added or removed
 * @param message for people: what happened, or what went wrong and what is still served
 */
public record ContentReload(Outcome outcome, Optional<ContentCommit> commit, List<String> courses, String message) {

	public ContentReload {
		courses = List.copyOf(courses);
	}

	public enum Outcome {
		/** The changed courses are served. */
		RELOADED,
		/** Nothing changed since the last read. */
		UNCHANGED,
		/** The repository could not be fetched or checked out: what was served still is. */
		FAILED,
		/** The new content was refused (it has no lesson left): what was served still is. */
		REFUSED,
		/** The course bundled with Lectern does not change while the portal runs. */
		NOT_RELOADABLE
	}
}
