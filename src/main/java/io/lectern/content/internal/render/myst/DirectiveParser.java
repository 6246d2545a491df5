package io.lectern.content.internal.render.myst;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.Block;
import org.commonmark.parser.InlineParser;
import org.commonmark.parser.SourceLine;
import org.commonmark.parser.SourceLines;
import org.commonmark.parser.block.AbstractBlockParser;
import org.commonmark.parser.block.AbstractBlockParserFactory;
import org.commonmark.parser.block.BlockContinue;
import org.commonmark.parser.block.BlockStart;
import org.commonmark.parser.block.MatchedBlockParser;
import org.commonmark.parser.block.ParserState;
import org.commonmark.text.Characters;

/**
 * Reads a directive's fences: three or more backticks, tildes or colons, then {@code {name}} and an
 * optional argument. It ends at a fence of the same character at least as long, so a directive
 * nests inside another whose fences are longer. A fence with no braces is left to the code-block
 * parser, so {@code ```json} and the diagram blocks stay what they were.
 * <p>
 * A body in Markdown is parsed here, with the lesson: after its options, its lines become the
 * directive's child blocks, as a block quote's do, so a lesson is parsed once however many
 * directives it holds. A verbatim body (code, TeX) is kept as lines.
 */
final class DirectiveParser extends AbstractBlockParser {

	/**
	 * The opening fence as mystmd reads it: the name may have spaces around it inside the braces and
	 * inline attributes after it ({@code {note icon=false}}, {@code {tip .dropdown #my-label}}), and
	 * the argument may follow the closing brace without a space ({@code :::{tip}For Windows users}).
	 */
	private static final Pattern OPENING = Pattern
		.compile("^(`{3,}|~{3,}|:{3,})\\{\\s*([A-Za-z][\\w.:+-]*)(\\s+[^{}]*?)?\\s*}\\s*(.*?)\\s*$");
	/**
	 * Pandoc's and Quarto's call-outs, {@code ::: {.callout-tip}}, which mystmd reads as that kind of
	 * box: a colon fence whose attributes name one of Quarto's five kinds (other attributes ignored).
	 */
	private static final Pattern CALLOUT = Pattern.compile("^(:{3,})\\s*\\{\\.callout-(note|tip|warning|important|caution)(?:\\s[^{}]*)?}\\s*$");

	private final Directive directive;
	private final DirectiveKind.Body body;
	private final char fenceChar;
	private final int fenceLength;
	private final int fenceIndent;
	/** The argument on the opening line, when the kind reads it as a title and it reads as one line of text. */
	private final SourceLine title;
	private final List<String> lines = new ArrayList<>();
	private final DirectiveOptions.Reading options = new DirectiveOptions.Reading();
	private final CardPartBreak.Reading parts = new CardPartBreak.Reading();
	/** The parser hands a new verbatim block the rest of its first line, which here is the opening fence. */
	private boolean openingSeen;

	private DirectiveParser(Directive directive, DirectiveKind.Body body, Fence fence, SourceLine title) {
		this.directive = directive;
		this.body = body;
		this.fenceChar = fence.character();
		this.fenceLength = fence.length();
		this.fenceIndent = fence.indent();
		this.title = title;
	}

	private record Fence(char character, int length, int indent) {
	}

	@Override
	public Block getBlock() {
		return directive;
	}

	@Override
	public boolean isContainer() {
		return body != DirectiveKind.Body.VERBATIM;
	}

	@Override
	public boolean canContain(Block block) {
		return isContainer();
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
		if (isContainer()) {
			CharSequence rest = line.subSequence(index, line.length());
			// Options and part breaks are the directive's own lines: its blocks see them as blank.
			if (options.take(rest)) {
				lines.add(rest.toString());
				return BlockContinue.atIndex(line.length());
			}
			if (body == DirectiveKind.Body.PARTS && parts.take(rest, directive)) {
				return BlockContinue.atIndex(line.length());
			}
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
		// A YAML block that never closed was the body, not options: the kind parses those lines itself.
		if (isContainer() && !options.unclosed()) {
			directive.bodyParsed();
		}
	}

	@Override
	public void parseInlines(InlineParser inlineParser) {
		if (title != null) {
			DirectiveTitle inlines = new DirectiveTitle();
			inlineParser.parse(SourceLines.of(title), inlines);
			directive.title(inlines);
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
			Matcher opening = OPENING.matcher(line.subSequence(start, line.length()));
			if (!opening.matches()) {
				Matcher callout = CALLOUT.matcher(line.subSequence(start, line.length()));
				if (!callout.matches()) {
					return BlockStart.none();
				}
				// Titled as mystmd titles a box without an argument: by a heading opening its body.
				Directive directive = new Directive(callout.group(2), "", new ArrayList<>());
				return BlockStart.of(new DirectiveParser(directive, Directives.kind(directive.name).body(),
						new Fence(':', callout.group(1).length(), state.getIndent()), null))
					.atIndex(line.length());
			}
			if (opening.group(1).charAt(0) == '`' && opening.group(0).indexOf('`', opening.end(1)) >= 0) {
				return BlockStart.none();
			}
			String fence = opening.group(1);
			String argument = opening.group(4);
			Directive directive = new Directive(opening.group(2), argument, new ArrayList<>(),
					InlineAttributes.options(opening.group(3)));
			DirectiveKind kind = Directives.kind(directive.name);
			SourceLine title = kind.titled() && readsAsText(argument)
					? state.getLine().substring(start + opening.start(4), start + opening.end(4)) : null;
			return BlockStart.of(new DirectiveParser(directive, kind.body(),
					new Fence(fence.charAt(0), fence.length(), state.getIndent()), title))
				.atIndex(line.length());
		}

		/**
		 * Whether the argument, parsed on its own, would be one paragraph of exactly its inlines: a line
		 * that starts with a letter starts no block, so the lesson's inline parser reads it alike.
		 * Any other title is parsed on its own when the directive is given its meaning.
		 */
		private static boolean readsAsText(String argument) {
			return !argument.isEmpty() && Characters.isLetter(argument, 0) && argument.equals(argument.strip());
		}
	}
}
