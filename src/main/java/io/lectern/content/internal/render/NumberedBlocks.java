package io.lectern.content.internal.render;

import io.lectern.content.internal.render.myst.Directives;
import io.lectern.content.internal.render.myst.Numbering;
import io.lectern.content.internal.render.myst.NumberingSettings;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.commonmark.node.Node;

/**
 * How far a lesson's counts of figures, equations, tables and the rest go, without rendering it:
 * what the page after it needs when it continues them ({@code continue: true}). The lesson is read
 * and its directives expanded as for rendering, the files it includes with them, so the counts are
 * the ones its page shows.
 */
public final class NumberedBlocks {

	private NumberedBlocks() {
	}

	/**
	 * @param includes the text of a file the lesson includes, by the path its {@code include} writes
	 * @return each kind's last count on the page, as its numbering settings count
	 */
	public static Map<Labelled.Kind, Integer> totals(String markdown, NumberingSettings settings,
			Function<String, Optional<String>> includes) {
		Node document = LessonParser.PARSER.parse(markdown);
		Directives.expand(document, LessonParser.PARSER::parse, quiet(includes), 1, ContentWords.ENGLISH);
		return Numbering.totals(document, settings);
	}

	/** Keeps every destination and reports nothing (the lesson's own rendering does), reading what it includes. */
	private static LinkResolver quiet(Function<String, Optional<String>> includes) {
		return new LinkResolver() {
			@Override
			public Optional<String> link(String destination, int line) {
				return Optional.of(destination);
			}

			@Override
			public Optional<String> image(String source, int line) {
				return Optional.of(source);
			}

			@Override
			public Optional<String> read(String path, int line) {
				return includes.apply(path);
			}
		};
	}
}
