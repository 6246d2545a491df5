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
 * A formula inside text, {@code $...$}, as MyST reads it: MyST-Parser's and mystmd's dollarmath,
 * with their defaults ({@code allow_space} and {@code allow_digits} on), pairs a dollar with the
 * next one, whatever stands beside either: {@code $\mathrm{B} $} and {@code $ x $} are formulas,
 * and so is "5 and " in "costs $5 and $10", which an author writes {@code \$5} to keep as text. A
 * backslash escapes a dollar outside a formula (CommonMark does that) and inside one. As
 * MyST-Parser reads them, {@code $$...$$} in the middle of a paragraph is a formula in display mode,
 * on a line of its own within the paragraph and not numbered.
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
			Position start = scanner.position();
			while (scanner.hasNext()) {
				char c = scanner.peek();
				if (c == '\\') {
					scanner.next();
					scanner.next();
					continue;
				}
				if (c == '$') {
					Position end = scanner.position();
					String tex = scanner.getSource(start, end).getContent();
					scanner.next();
					// "$ $" pairs as any other, and says nothing: its dollars stay as written, neither opening another formula.
					return tex.isBlank() ? ParsedInline.of(new Text("$" + tex + "$"), scanner.position())
							: ParsedInline.of(new InlineMath(tex.strip(), false), scanner.position());
				}
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
