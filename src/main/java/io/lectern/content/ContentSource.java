package io.lectern.content;

import java.util.Optional;

/**
 * Where the served courses are read from: the course bundled with Lectern, an author's folder, or
 * a git repository the portal keeps a clone of. The admin's reload, the admin header and
 * {@code /actuator/info} ask it what is served and to read it again.
 */
public interface ContentSource {

	/**
	 * Where the courses come from, in parts, so that a page can word it in its reader's language.
	 *
	 * @param location the folder, or the repository's address as it may be shown (no credentials)
	 * @param branch the branch served, for a repository; empty otherwise
	 * @param folder the folder inside the repository the courses are in; empty for its root
	 */
	record Origin(Kind kind, String location, String branch, String folder) {

		public enum Kind {
			BUNDLED, FOLDER, GIT
		}

		/** For logs and {@code /actuator/info}: "the git repository https://example.org/courses.git, branch main". */
		public String inEnglish() {
			return switch (kind) {
				case BUNDLED -> "the course bundled with Lectern";
				case FOLDER -> "the folder " + location;
				case GIT -> "the git repository " + location + ", branch " + branch + (folder.isEmpty() ? "" : ", folder " + folder);
			};
		}
	}

	Origin origin();

	/** For people reading English: "the git repository https://example.org/courses.git, branch main", "the folder /srv/courses". */
	default String description() {
		return origin().inEnglish();
	}

	/** The commit served, when the courses come from a git repository. */
	Optional<ContentCommit> commit();

	/**
	 * Reads the source again now and serves what changed: a git repository is fetched and its
	 * branch's newest commit recorded for every instance to serve; a folder is read again whole.
	 */
	ContentReload reload();
}
