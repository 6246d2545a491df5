package io.lectern.content.internal.render.myst;

import org.commonmark.node.Block;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.parser.InlineParser;
import org.commonmark.parser.SourceLines;
import org.commonmark.parser.block.AbstractBlockParser;
import org.commonmark.parser.block.AbstractBlockParserFactory;
import org.commonmark.parser.block.BlockContinue;
import org.commonmark.parser.block.BlockStart;
import org.commonmark.parser.block.MatchedBlockParser;
import org.commonmark.parser.block.ParserState;

/**
 * One definition of a MyST definition list, {@code <dd>}: a line starting with {@code ": "} right
 * after its term (or after another definition, or after a one-line paragraph and a blank line),
 * holding blocks as a list item does.
 */
final class Definition extends CustomBlock {

	private static final int MAX_SPACES = 4;

	static final class Factory extends AbstractBlockParserFactory {

		@Override
		public BlockStart tryStart(ParserState state, MatchedBlockParser matched) {
			CharSequence line = state.getLine().getContent();
			int marker = state.getNextNonSpaceIndex();
			if (state.getIndent() >= 4 || marker + 1 >= line.length() || line.charAt(marker) != ':'
					|| !isSpace(line.charAt(marker + 1))) {
				return BlockStart.none();
			}
			SourceLines paragraph = matched.getParagraphLines();
			if (paragraph.isEmpty() && !followsDefinitionOrTerm(matched.getMatchedBlockParser().getBlock().getLastChild())) {
				return BlockStart.none();
			}
			int spaces = 0;
			while (marker + 1 + spaces < line.length() && isSpace(line.charAt(marker + 1 + spaces))) {
				spaces++;
			}
			int contentSpaces = spaces > MAX_SPACES ? 1 : spaces;
			SourceLines term = paragraph.isEmpty() ? null
					: SourceLines.of(paragraph.getLines().get(paragraph.getLines().size() - 1));
			Parser parser = new Parser(state.getIndent() + 1 + contentSpaces, term);
			BlockStart start = BlockStart.of(parser).atIndex(marker + 1 + contentSpaces);
			return term == null ? start : start.replaceParagraphLines(1);
		}

		private static boolean followsDefinitionOrTerm(Node last) {
			return last instanceof Definition
					|| last instanceof Paragraph paragraph && paragraph.getSourceSpans().size() <= 1;
		}

		private static boolean isSpace(char c) {
			return c == ' ' || c == '\t';
		}
	}

	private static final class Parser extends AbstractBlockParser {

		private final Definition block = new Definition();
		private final int contentIndent;
		private final SourceLines term;

		Parser(int contentIndent, SourceLines term) {
			this.contentIndent = contentIndent;
			this.term = term;
		}

		@Override
		public Block getBlock() {
			return block;
		}

		@Override
		public boolean isContainer() {
			return true;
		}

		@Override
		public boolean canContain(Block child) {
			return true;
		}

		@Override
		public BlockContinue tryContinue(ParserState state) {
			if (state.isBlank()) {
				return block.getFirstChild() == null ? BlockContinue.none() : BlockContinue.atIndex(state.getNextNonSpaceIndex());
			}
			if (state.getIndent() >= contentIndent) {
				return BlockContinue.atColumn(state.getColumn() + contentIndent);
			}
			return BlockContinue.none();
		}

		@Override
		public void parseInlines(InlineParser inlineParser) {
			if (term != null) {
				DefinitionList.Term parsed = new DefinitionList.Term();
				parsed.setSourceSpans(term.getSourceSpans());
				inlineParser.parse(term, parsed);
				block.insertBefore(parsed);
			}
		}
	}
}
