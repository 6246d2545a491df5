package io.lectern.content.internal.load;

import java.util.Map;
import java.util.TreeMap;

/**
 * What rendering one lesson drew on besides its own file, as its {@link LessonLinks} saw it: the
 * files it included (their text is in its HTML), the files it links to or shows (which its course
 * then serves), and whether it asked for the portal's copy of an image from another site. A render
 * can be reused only while what it drew on is unchanged; one lesson is rendered on one thread.
 */
final class LessonInputs {

	private final Map<String, String> included = new TreeMap<>();
	private final Map<String, String> used = new TreeMap<>();
	private boolean remoteCopies;

	void included(String path, String text) {
		included.put(path, ContentDigest.of(text));
	}

	void used(String path, String url) {
		used.put(path, url);
	}

	void askedForRemoteCopy() {
		remoteCopies = true;
	}

	/** The digest of each included file's text, by content path. */
	Map<String, String> includedDigests() {
		return Map.copyOf(included);
	}

	/** The files the lesson links to or shows, by content path, with the URL each is served at. */
	Map<String, String> usedFiles() {
		return Map.copyOf(used);
	}

	boolean askedForRemoteCopies() {
		return remoteCopies;
	}
}
