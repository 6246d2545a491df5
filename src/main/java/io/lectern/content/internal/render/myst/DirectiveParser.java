package io.lectern.content.internal.render.myst;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.Block;
import org.commonmark.parser.SourceLine;
import org.commonmark.parser.block.AbstractBlockParser;
import org.commonmark.parser.block.AbstractBlockParserFactory;
import org.commonmark.parser.block.BlockContinue;
import org.commonmark.parser.block.BlockStart;
import org.commonmark.parser.block.MatchedBlockParser;
import org.commonmark.parser.block.ParserState;

/**
 * Reads a directive's fences: three or more backticks, tildes or colons, then {@code {name}} and an
 * optional argument. It ends at a fence of the same character at least as long, so a directive
 * nests inside another whose fences are longer. A fence with no braces is left to the code-block
 * parser, so {@code ```json} and the diagram blocks stay what they were.
 */
final class DirectiveParser extends AbstractBlockParser {

	private static final Pattern OPENING = Pattern.compile("^(`{3,}|~{3,}|:{3,})\\{([A-Za-z][\\w.:+-]*)}(?:\\s+(.*?))?\\s*$");

	private final Directive directive;
	private final char fenceChar;
	private final int fenceLength;
	private final int fenceIndent;
	private final List<String> lines = new ArrayList<>();
	/** The parser hands a new block the rest of its first line, which here is the opening fence. */
	private boolean openingSeen;

	private DirectiveParser(Directive directive, char fenceChar, int fenceLength, int fenceIndent) {
		this.directive = directive;
		this.fenceChar = fenceChar;
		this.fenceLength = fenceLength;
		this.fenceIndent = fenceIndent;
	}

	@Override
	public Block getBlock() {
		return directive;
	}

	@Override
	public BlockContinue tryContinue(ParserState state) {
		CharSequence line = state.getLine().getContent();
		if (state.getIndent() < 4 && closes(line, state.getNextNonSpaceIndex())) {
			return BlockContinue.finished();
		}
		int index = state.getIndex();
		for (int strip = fenceIndent; strip > 0 && index < line.length() && line.charAt(index) == ' '; strip--) {
			index++;
		}
		return BlockContinue.atIndex(index);
	}

	private boolean closes(CharSequence line, int start) {
		int end = start;
		while (end < line.length() && line.charAt(end) == fenceChar) {
			end++;
		}
		if (end - start < fenceLength) {
			return false;
		}
		for (int i = end; i < line.length(); i++) {
			if (!Character.isWhitespace(line.charAt(i))) {
				return false;
			}
		}
		return true;
	}

	@Override
	public void addLine(SourceLine line) {
		if (!openingSeen) {
			openingSeen = true;
			return;
		}
		lines.add(line.getContent().toString());
	}

	@Override
	public void closeBlock() {
		directive.lines.addAll(lines);
	}

	static final class Factory extends AbstractBlockParserFactory {

		@Override
		public BlockStart tryStart(ParserState state, MatchedBlockParser matched) {
			if (state.getIndent() >= 4) {
				return BlockStart.none();
			}
			CharSequence line = state.getLine().getContent();
			int start = state.getNextNonSpaceIndex();
			Matcher opening = OPENING.matcher(line.subSequence(start, line.length()));
			if (!opening.matches() || opening.group(1).charAt(0) == '`' && opening.group(0).indexOf('`', opening.end(1)) >= 0) {
				return BlockStart.none();
			}
			String fence = opening.group(1);
			Directive directive = new Directive(opening.group(2), opening.group(3) == null ? "" : opening.group(3),
					new ArrayList<>());
			return BlockStart.of(new DirectiveParser(directive, fence.charAt(0), fence.length(), state.getIndent()))
				.atIndex(line.length());
		}
	}
}
