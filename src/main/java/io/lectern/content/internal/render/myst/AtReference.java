package io.lectern.content.internal.render.myst;

import java.util.Set;
import org.commonmark.parser.beta.InlineContentParser;
import org.commonmark.parser.beta.InlineContentParserFactory;
import org.commonmark.parser.beta.InlineParserState;
import org.commonmark.parser.beta.ParsedInline;
import org.commonmark.parser.beta.Position;
import org.commonmark.parser.beta.Scanner;

/**
 * mystmd's short reference, {@code @label}. Only a word that starts after a space or an opening
 * bracket is one, so {@code someone@example.com} stays an e-mail address; and it is a reference
 * only if a label or citation key of the course has that name, else it stays the text it was.
 */
final class AtReference implements InlineContentParserFactory {

	private static final Set<Integer> OPENERS = Set.of((int) '(', (int) '[', (int) '{', (int) '"', (int) '\'');

	@Override
	public Set<Character> getTriggerCharacters() {
		return Set.of('@');
	}

	@Override
	public InlineContentParser create() {
		return AtReference::parse;
	}

	private static ParsedInline parse(InlineParserState state) {
		Scanner scanner = state.scanner();
		int before = scanner.peekPreviousCodePoint();
		if (before > 0 && !Character.isWhitespace(before) && !OPENERS.contains(before)) {
			return ParsedInline.none();
		}
		scanner.next();
		if (!Character.isLetterOrDigit(scanner.peek()) && scanner.peek() != '_') {
			return ParsedInline.none();
		}
		StringBuilder label = new StringBuilder();
		int kept = 0;
		Position end = null;
		while (scanner.hasNext() && isLabelChar(scanner.peek())) {
			char c = scanner.peek();
			label.append(c);
			scanner.next();
			if (Character.isLetterOrDigit(c) || c == '_') {
				kept = label.length();
				end = scanner.position();
			}
		}
		if (end == null) {
			return ParsedInline.none();
		}
		return ParsedInline.of(new CrossReference(CrossReference.Form.AT, label.substring(0, kept)), end);
	}

	private static boolean isLabelChar(char c) {
		return c < 128 && (Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '.' || c == ':' || c == '/');
	}
}
