package io.lectern.content.internal.render.myst;

import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.Node;

/**
 * Sphinx's {@code only}: its body is in the page when its argument, an expression over the build's
 * tags, holds. The portal builds HTML, so the tags {@code html}, {@code format_html} and
 * {@code builder_html} hold and every other ({@code latex}, {@code epub}, {@code jupyter}...) does
 * not; {@code and}, {@code or}, {@code not} and parentheses combine them, as Sphinx reads them.
 */
final class OnlyDirective {

	private static final Set<String> TAGS = Set.of("html", "format_html", "builder_html");
	private static final Pattern TOKEN = Pattern.compile("\\s*(\\(|\\)|[A-Za-z_][A-Za-z0-9_-]*)");

	private OnlyDirective() {
	}

	static void register(Map<String, DirectiveKind> kinds) {
		kinds.put("only", (directive, expansion) -> holds(directive.argument) ? expansion.body(directive) : null);
	}

	/** Whether the expression holds for an HTML build; one that does not parse leaves the body out. */
	static boolean holds(String expression) {
		Parser parser = new Parser(expression);
		try {
			boolean value = parser.or();
			return parser.atEnd() && value;
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	/** A recursive descent over Sphinx's tag expressions: {@code or} below {@code and} below {@code not}. */
	private static final class Parser {

		private final Matcher tokens;
		private final String expression;
		private String next;

		Parser(String expression) {
			this.expression = expression;
			this.tokens = TOKEN.matcher(expression);
			advance();
		}

		private void advance() {
			next = tokens.lookingAt() ? tokens.group(1) : null;
			if (next != null) {
				tokens.region(tokens.end(), expression.length());
			}
		}

		boolean atEnd() {
			return next == null && expression.substring(tokens.regionStart()).isBlank();
		}

		boolean or() {
			boolean value = and();
			while ("or".equals(next)) {
				advance();
				value |= and();
			}
			return value;
		}

		private boolean and() {
			boolean value = not();
			while ("and".equals(next)) {
				advance();
				value &= not();
			}
			return value;
		}

		private boolean not() {
			if ("not".equals(next)) {
				advance();
				return !not();
			}
			if ("(".equals(next)) {
				advance();
				boolean value = or();
				if (!")".equals(next)) {
					throw new IllegalArgumentException("unclosed parenthesis");
				}
				advance();
				return value;
			}
			if (next == null || next.equals(")")) {
				throw new IllegalArgumentException("a tag is missing");
			}
			String tag = next;
			advance();
			return TAGS.contains(tag);
		}
	}
}
