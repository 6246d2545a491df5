package io.lectern.content.internal.render;

import io.lectern.content.Heading;
import io.lectern.content.Passage;
import java.util.List;

/**
 * The output of rendering one lesson body.
 *
 * @param warnings what is off in what still rendered (a formula that does not parse), by line of the
 *     rendered body as {@code bodyLine} counts them, for the loader to report against the file
 */
public record RenderedLesson(String html, List<Heading> headings, int readingMinutes, List<Passage> passages,
		List<Warning> warnings) {

	public RenderedLesson(String html, List<Heading> headings, int readingMinutes, List<Passage> passages) {
		this(html, headings, readingMinutes, passages, List.of());
	}

	/** @param line the line of the body, counted from {@code bodyLine} as links are */
	public record Warning(int line, String message) {
	}
}
