package io.lectern.content.internal.load;

import io.lectern.content.internal.render.UrlSchemes;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * A destination as an author wrote it in a lesson, split into a decoded path and the
 * {@code #fragment} it carries. Apart from {@link LessonLinks} because this is path arithmetic alone,
 * the same for links, images, includes and {@code {doc}} pages, while {@link LessonLinks} decides what
 * each kind of reference becomes and which problems it reports.
 */
record LinkTarget(String path, String fragment) {

	static LinkTarget parse(String destination) {
		int hash = destination.indexOf('#');
		String path = hash < 0 ? destination : destination.substring(0, hash);
		String fragment = hash < 0 ? "" : destination.substring(hash);
		int query = path.indexOf('?');
		if (query >= 0) {
			path = path.substring(0, query);
		}
		try {
			return new LinkTarget(URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8), fragment);
		}
		catch (IllegalArgumentException malformedEscape) {
			return new LinkTarget(path, fragment);
		}
	}

	/** Whether a destination is a path relative to the lesson: no scheme, no site path, no bare anchor. */
	static boolean isRelative(String destination) {
		return !destination.isEmpty() && !destination.startsWith("#") && !destination.startsWith("/")
				&& !UrlSchemes.hasScheme(destination);
	}

	/**
	 * The content path {@code relative} points at from the folder {@code dir}; empty when it climbs
	 * out of the content folder, which no lesson may reach beyond.
	 */
	static Optional<String> inContentFolder(String dir, String relative) {
		Deque<String> parts = new ArrayDeque<>();
		String joined = dir.isEmpty() ? relative : dir + "/" + relative;
		for (String part : joined.split("/")) {
			if (part.equals("..")) {
				if (parts.pollLast() == null) {
					return Optional.empty();
				}
			}
			else if (!part.isEmpty() && !part.equals(".")) {
				parts.addLast(part);
			}
		}
		return Optional.of(String.join("/", parts));
	}
}
