package io.lectern.content.internal.render;

import java.util.Set;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Text;
import org.commonmark.parser.beta.InlineContentParser;
import org.commonmark.parser.beta.InlineContentParserFactory;
import org.commonmark.parser.beta.InlineParserState;
import org.commonmark.parser.beta.ParsedInline;
import org.commonmark.parser.beta.Position;
import org.commonmark.parser.beta.Scanner;

/**
 * A formula inside text, {@code $...$}, by MyST's (and Pandoc's) rule for telling it from money:
 * the opening {@code $} is followed by a character that is not white space, the closing one
 * follows one and is not followed by a digit, so "costs $5 and $10" stays text. A backslash
 * escapes a dollar outside a formula (CommonMark does that) and inside one. As MyST-Parser reads
 * them, {@code $$...$$} in the middle of a paragraph is a formula in display mode, on a line of its
 * own within the paragraph and not numbered.
 */
public final class InlineMath extends CustomNode {

	final String tex;
	final boolean display;

	/** Where the rendered formula goes, set by {@link MathSlots}. */
	String slot = "";

	private InlineMath(String tex, boolean display) {
		this.tex = tex;
		this.display = display;
	}

	/** MyST's {@code {math}} role: in the tree, it is typeset as {@code $...$} is. */
	public static InlineMath of(String tex) {
		return new InlineMath(tex, false);
	}

	static final class Factory implements InlineContentParserFactory {

		@Override
		public Set<Character> getTriggerCharacters() {
			return Set.of('$');
		}

		@Override
		public InlineContentParser create() {
			return Factory::parse;
		}

		private static ParsedInline parse(InlineParserState state) {
			Scanner scanner = state.scanner();
			scanner.next();
			if (scanner.next('$')) {
				return displayInText(scanner);
			}
			char first = scanner.peek();
			if (first == Scanner.END || Character.isWhitespace(first)) {
				return ParsedInline.none();
			}
			Position start = scanner.position();
			char previous = 0;
			while (scanner.hasNext()) {
				char c = scanner.peek();
				if (c == '\\') {
					scanner.next();
					previous = scanner.peek();
					scanner.next();
					continue;
				}
				if (c == '$' && !Character.isWhitespace(previous)) {
					Position end = scanner.position();
					scanner.next();
					if (!Character.isDigit(scanner.peek())) {
						return ParsedInline.of(new InlineMath(scanner.getSource(start, end).getContent(), false), scanner.position());
					}
					previous = '$';
					continue;
				}
				previous = c;
				scanner.next();
			}
			return ParsedInline.none();
		}

		/** After {@code $$}: the formula up to the next {@code $$}, or, with none, the two dollars as text. */
		private static ParsedInline displayInText(Scanner scanner) {
			Position afterOpening = scanner.position();
			Position start = afterOpening;
			while (scanner.hasNext()) {
				char c = scanner.peek();
				if (c == '\\') {
					scanner.next();
					scanner.next();
					continue;
				}
				if (c == '$') {
					Position end = scanner.position();
					scanner.next();
					if (scanner.next('$')) {
						String tex = scanner.getSource(start, end).getContent();
						return tex.isBlank() ? ParsedInline.of(new Text("$$$$"), scanner.position())
								: ParsedInline.of(new InlineMath(tex.strip(), true), scanner.position());
					}
					continue;
				}
				scanner.next();
			}
			// Taken whole, so that the second "$" opens no formula either.
			scanner.setPosition(afterOpening);
			return ParsedInline.of(new Text("$$"), afterOpening);
		}
	}
}
