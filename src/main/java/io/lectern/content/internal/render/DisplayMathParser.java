package io.lectern.content.internal.render;

import java.util.Optional;
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
 * Reads a {@link DisplayMath} block: from a line that starts with {@code $$} to the line that ends
 * with {@code $$} (the same one or a later one; a {@code (label)} may follow it), or from a line
 * that starts with an amsmath {@code \begin{...}} to its {@code \end{...}}, as MyST's
 * {@code dollarmath} and {@code amsmath} extensions read them.
 */
final class DisplayMathParser extends AbstractBlockParser {

	private static final Pattern DOLLARS_CLOSE = Pattern.compile("(?<!\\\\)\\$\\$\\s*(?:\\(([^()\\s]+)\\))?\\s*$");
	private static final Pattern ENVIRONMENT = Pattern.compile(
			"\\\\begin\\{(equation|align|alignat|gather|multline|flalign|eqnarray|math|displaymath|subequations)(\\*?)}");

	private final DisplayMath block = new DisplayMath();
	private final StringBuilder source = new StringBuilder();
	private boolean closed;
	private boolean openerPassed;
	private final Pattern close;
	private final boolean dollars;

	private DisplayMathParser(Pattern close, boolean dollars) {
		this.close = close;
		this.dollars = dollars;
	}

	@Override
	public Block getBlock() {
		return block;
	}

	@Override
	public BlockContinue tryContinue(ParserState state) {
		if (closed) {
			return BlockContinue.none();
		}
		CharSequence line = state.getLine().getContent();
		String rest = line.subSequence(state.getIndex(), line.length()).toString();
		Matcher end = close.matcher(rest);
		if (end.find()) {
			add(dollars ? rest.substring(0, end.start()) : rest);
			close(dollars ? Optional.ofNullable(end.group(1)) : Optional.empty());
			return BlockContinue.finished();
		}
		return BlockContinue.atIndex(state.getIndex());
	}

	/** The opening line was read when the block started; what CommonMark passes of it is what follows the opener. */
	@Override
	public void addLine(SourceLine line) {
		if (!openerPassed) {
			openerPassed = true;
		}
		else if (!closed) {
			add(line.getContent().toString());
		}
	}

	@Override
	public void closeBlock() {
		close(Optional.empty());
	}

	private void add(String line) {
		if (!source.isEmpty()) {
			source.append('\n');
		}
		source.append(line);
	}

	/** An unclosed formula ends with its container, as MyST's does at the end of the document. */
	private void close(Optional<String> label) {
		if (!closed) {
			closed = true;
			block.define(source.toString(), label);
		}
	}

	static final class Factory extends AbstractBlockParserFactory {

		@Override
		public BlockStart tryStart(ParserState state, MatchedBlockParser matched) {
			if (state.getIndent() >= 4) {
				return BlockStart.none();
			}
			CharSequence line = state.getLine().getContent();
			int start = state.getNextNonSpaceIndex();
			String rest = line.subSequence(start, line.length()).toString();
			if (rest.startsWith("$$")) {
				DisplayMathParser parser = new DisplayMathParser(DOLLARS_CLOSE, true);
				String after = rest.substring(2);
				Matcher end = DOLLARS_CLOSE.matcher(after);
				if (end.find()) {
					parser.add(after.substring(0, end.start()));
					parser.close(Optional.ofNullable(end.group(1)));
				}
				else if (after.contains("$$")) {
					return BlockStart.none();
				}
				else {
					parser.add(after);
				}
				return BlockStart.of(parser).atIndex(line.length());
			}
			Matcher environment = ENVIRONMENT.matcher(rest);
			if (environment.lookingAt()) {
				Pattern end = Pattern.compile(Pattern.quote("\\end{" + environment.group(1) + environment.group(2) + "}"));
				DisplayMathParser parser = new DisplayMathParser(end, false);
				parser.add(rest);
				if (end.matcher(rest).find(environment.end())) {
					parser.close(Optional.empty());
				}
				return BlockStart.of(parser).atIndex(line.length());
			}
			return BlockStart.none();
		}
	}
}
