package io.lectern.content.internal.render.myst;

import java.util.Set;
import java.util.regex.Pattern;
import org.commonmark.node.Block;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.Node;
import org.commonmark.parser.block.AbstractBlockParser;
import org.commonmark.parser.block.AbstractBlockParserFactory;
import org.commonmark.parser.block.BlockContinue;
import org.commonmark.parser.block.BlockStart;
import org.commonmark.parser.block.MatchedBlockParser;
import org.commonmark.parser.block.ParserState;
import org.commonmark.renderer.NodeRenderer;

/**
 * A line MyST reads and shows nothing for, which ends the paragraph before it: a notebook's block
 * break, {@code +++} optionally followed by the next cell's metadata as a JSON object
 * ({@code +++ {"tags": ["hide-input"]}}), which separates the cells of a Markdown notebook; or a
 * comment, a line that starts with {@code %} ({@code % a figure goes here}), which MyST-Parser and
 * mystmd both leave out of the page. The lesson reads on.
 */
final class BlockBreak extends CustomBlock {

	private static final Pattern LINE = Pattern.compile("\\+\\+\\+(?:\\s+\\{.*}|\\s*)|%.*");

	static final class Parser extends AbstractBlockParser {

		private final BlockBreak block = new BlockBreak();

		@Override
		public Block getBlock() {
			return block;
		}

		@Override
		public BlockContinue tryContinue(ParserState state) {
			return BlockContinue.none();
		}
	}

	static final class Factory extends AbstractBlockParserFactory {

		@Override
		public BlockStart tryStart(ParserState state, MatchedBlockParser matched) {
			if (state.getIndent() >= 4) {
				return BlockStart.none();
			}
			CharSequence line = state.getLine().getContent();
			String rest = line.subSequence(state.getNextNonSpaceIndex(), line.length()).toString().strip();
			return LINE.matcher(rest).matches() ? BlockStart.of(new Parser()).atIndex(line.length()) : BlockStart.none();
		}
	}

	/** Writes nothing for a break. */
	static final class Html implements NodeRenderer {

		@Override
		public Set<Class<? extends Node>> getNodeTypes() {
			return Set.of(BlockBreak.class);
		}

		@Override
		public void render(Node node) {
		}
	}
}
