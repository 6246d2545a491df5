package io.lectern.content.internal.render;

import io.lectern.content.internal.render.myst.Directives;
import io.lectern.content.internal.render.myst.Numbering;
import io.lectern.content.internal.render.myst.NumberingSettings;
import java.util.Map;
import java.util.Optional;
import org.commonmark.node.Node;

/**
 * How far a lesson's counts of figures, equations, tables and the rest go, without rendering it:
 * what the page after it needs when it continues them ({@code continue: true}). The lesson is read
 * and its directives expanded as for rendering, so the counts are the ones its page shows; files it
 * includes are not read here, so blocks that only an included file holds are not counted.
 */
public final class NumberedBlocks {

	/** Keeps every destination, reads no file and reports nothing: the lesson's own rendering does. */
	private static final LinkResolver QUIET = new LinkResolver() {
		@Override
		public Optional<String> link(String destination, int line) {
			return Optional.of(destination);
		}

		@Override
		public Optional<String> image(String source, int line) {
			return Optional.of(source);
		}
	};

	private NumberedBlocks() {
	}

	/** @return each kind's last count on the page, as its numbering settings count */
	public static Map<Labelled.Kind, Integer> totals(String markdown, NumberingSettings settings) {
		Node document = LessonParser.PARSER.parse(markdown);
		Directives.expand(document, LessonParser.PARSER::parse, QUIET, 1, ContentWords.ENGLISH);
		return Numbering.totals(document, settings);
	}
}
