package io.lectern.content.internal.render;

import io.lectern.content.Heading;
import io.lectern.content.Passage;
import java.util.List;

/** The output of rendering one lesson body. */
public record RenderedLesson(String html, List<Heading> headings, int readingMinutes, List<Passage> passages) {
}
