package io.lectern.content.internal.load;

import java.util.List;

/**
 * A lesson file after its front matter is read and before its Markdown is rendered.
 *
 * @param path file path relative to the content folder
 * @param oldPaths {@code redirect_from} paths and the permalink, which all answer 301
 */
record LessonSource(String path, String slug, String title, String summary, List<String> topics,
		List<String> oldPaths, String body, int bodyLine) {
}
