package io.lectern.content.internal.render;

import io.lectern.content.Heading;
import io.lectern.content.Passage;
import io.lectern.content.internal.render.myst.CrossReferences;
import io.lectern.content.internal.render.myst.Target;
import java.util.List;

/**
 * The output of rendering one lesson body.
 *
 * @param targets what references can point at in this lesson: its labels with their ids and numbers
 * @param references the references whose links wait for the labels of the whole course, placeholders in {@code html}
 */
public record RenderedLesson(String html, List<Heading> headings, int readingMinutes, List<Passage> passages,
		List<Target> targets, CrossReferences references) {

	/** This lesson with every reference made a link, or text where its label does not exist. */
	public RenderedLesson linked(CrossReferences.Lookup lookup, CrossReferences.Warnings warnings) {
		return new RenderedLesson(references.resolve(html, lookup, warnings), headings, readingMinutes, passages, targets,
				CrossReferences.NONE);
	}
}
