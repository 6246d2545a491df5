package io.lectern.content.internal.render.myst;

import java.util.Set;
import org.commonmark.node.CustomNode;
import org.commonmark.parser.beta.InlineContentParser;
import org.commonmark.parser.beta.InlineContentParserFactory;
import org.commonmark.parser.beta.InlineParserState;
import org.commonmark.parser.beta.ParsedInline;
import org.commonmark.parser.beta.Position;
import org.commonmark.parser.beta.Scanner;

/**
 * A MyST role as written, {@code {name}`content`}: the content is delimited by backticks as an
 * inline code span is, so it is never read as Markdown. {@link Roles} turns each into what it means.
 */
final class Role extends CustomNode {

	private static final int MAX_NAME = 40;

	final String name;
	final String content;

	Role(String name, String content) {
		this.name = name;
		this.content = content;
	}

	static final class Factory implements InlineContentParserFactory {

		@Override
		public Set<Character> getTriggerCharacters() {
			return Set.of('{');
		}

		@Override
		public InlineContentParser create() {
			return Factory::parse;
		}

		private static ParsedInline parse(InlineParserState state) {
			Scanner scanner = state.scanner();
			scanner.next();
			StringBuilder name = new StringBuilder();
			while (isNameChar(scanner.peek()) && name.length() <= MAX_NAME) {
				name.append(scanner.peek());
				scanner.next();
			}
			if (name.isEmpty() || name.length() > MAX_NAME || !scanner.next('}')) {
				return ParsedInline.none();
			}
			int ticks = scanner.matchMultiple('`');
			if (ticks == 0) {
				return ParsedInline.none();
			}
			StringBuilder content = new StringBuilder();
			while (scanner.hasNext()) {
				char c = scanner.peek();
				if (c == '`') {
					Position before = scanner.position();
					int run = scanner.matchMultiple('`');
					if (run == ticks) {
						return ParsedInline.of(new Role(name.toString(), content.toString().strip()), scanner.position());
					}
					content.append(scanner.getSource(before, scanner.position()).getContent());
				}
				else {
					content.append(c == '\n' ? ' ' : c);
					scanner.next();
				}
			}
			return ParsedInline.none();
		}

		private static boolean isNameChar(char c) {
			return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-'
					|| c == '+' || c == ':' || c == '.';
		}
	}
}
