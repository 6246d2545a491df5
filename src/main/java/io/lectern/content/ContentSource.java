package io.lectern.content;

import java.util.Optional;

/**
 * Where the served courses are read from: the course bundled with Lectern, an author's folder, or
 * a git repository the portal keeps a clone of. The admin's reload, the admin header and
 * {@code /actuator/info} ask it what is served and to read it again.
 */
public interface ContentSource {

	/** For people: "the git repository https://example.org/courses.git, branch main", "the folder /srv/courses". */
	String description();

	/** The commit served, when the courses come from a git repository. */
	Optional<ContentCommit> commit();

	/**
	 * Reads the source again now and serves what changed: a git repository is fetched and its
	 * branch's newest commit recorded for every instance to serve; a folder is read again whole.
	 */
	ContentReload reload();
}
