package io.lectern.content.internal.render;

import io.lectern.content.internal.render.myst.Directives;
import io.lectern.content.internal.render.myst.MystExtension;
import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.footnotes.FootnotesExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.task.list.items.TaskListItemsExtension;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * The syntax Lectern reads lessons in: CommonMark with GitHub's tables, strikethrough, autolinks,
 * task lists and footnotes, and MyST's roles, directives, targets and mathematics. Rendering and
 * counting a lesson's numbered blocks read it alike, so both parse with this.
 */
final class LessonParser {

	static final List<Extension> EXTENSIONS = List.of(TablesExtension.create(), StrikethroughExtension.create(),
			AutolinkExtension.create(), TaskListItemsExtension.create(), FootnotesExtension.create(),
			MystExtension.create(), Directives.extension());

	static final Parser PARSER = Parser.builder()
		.extensions(EXTENSIONS)
		.customInlineContentParserFactory(new InlineMath.Factory())
		.customBlockParserFactory(new DisplayMathParser.Factory())
		.includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
		.build();

	private LessonParser() {
	}
}
