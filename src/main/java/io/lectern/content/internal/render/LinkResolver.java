package io.lectern.content.internal.render;

import java.util.Optional;

/**
 * Turns the link and image destinations a lesson was written with into URLs of the portal. It
 * knows the content folder; the renderer only knows Markdown.
 */
public interface LinkResolver {

	/**
	 * @param line the 1-based line of the lesson file the link is written on, for problem reports
	 * @return the destination to render, or empty to drop the link and keep its text
	 */
	Optional<String> link(String destination, int line);

	/** @return the image source to render, or empty to drop the image and keep its alt text */
	Optional<String> image(String source, int line);

	/**
	 * A lesson named as MyST's {@code {doc}} role names one: a path relative to this lesson, with or
	 * without its extension.
	 *
	 * @return the lesson's URL, or empty when there is none (reported)
	 */
	default Optional<String> page(String path, int line) {
		return link(path, line);
	}

	/** Reports something off in what still renders (an unknown role), at a line of the lesson as {@link #link} has it. */
	default void warning(int line, String message) {
	}
}
