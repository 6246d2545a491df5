package io.lectern.content.internal.load;

import java.util.List;
import java.util.Optional;

/**
 * A lesson file after its front matter is read and before its Markdown is rendered.
 *
 * @param path file path relative to the content folder
 * @param oldPaths {@code redirect_from} paths and the permalink, which all answer 301
 * @param previousPage the {@code prev_page} url as the author's old site wrote it
 * @param nextPage the {@code next_page} url as the author's old site wrote it
 */
record LessonSource(String path, String slug, String title, String summary, List<String> topics,
		List<String> oldPaths, String body, int bodyLine, Optional<String> previousPage, Optional<String> nextPage) {

	/** A lesson that names no previous or next page of its own. */
	LessonSource(String path, String slug, String title, String summary, List<String> topics, List<String> oldPaths,
			String body, int bodyLine) {
		this(path, slug, title, summary, topics, oldPaths, body, bodyLine, Optional.empty(), Optional.empty());
	}
}
