package io.lectern.content.internal.load;

import java.util.List;
import java.util.Map;
import java.util.function.IntUnaryOperator;

/**
 * A lesson file after its front matter is read and before its Markdown is rendered.
 *
 * @param path file path relative to the content folder
 * @param oldPaths {@code redirect_from} paths and the permalink, which all answer 301
 * @param fileLine maps a line the renderer reports ({@code bodyLine} plus a line of {@code body})
 *     to the line of the lesson file a problem there should point at; a notebook's body is Markdown
 *     written from its cells, so its lines lead back to the cell they came from
 * @param outputFiles files the lesson brings with it, by content path: a notebook's output images
 */
record LessonSource(String path, String slug, String title, String summary, List<String> topics,
		List<String> oldPaths, String body, int bodyLine, IntUnaryOperator fileLine, Map<String, byte[]> outputFiles) {
}
