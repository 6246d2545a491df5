package io.lectern.content.internal.load;

/**
 * A position in a BibTeX file's text and the lexical steps taken from it: a word, white space, a
 * braced or quoted value, the bracket that closes one, the line an offset is on. Kept apart from
 * {@link BibtexReader}, which knows the grammar of entries, fields and macros, so that the grammar
 * reads as the grammar and the index arithmetic sits in one place.
 */
final class BibtexCursor {

	private final String text;
	private int at;

	BibtexCursor(String text) {
		this.text = text;
	}

	/** Moves to the next {@code @} from here, the start of an entry; false at the end of the text. */
	boolean nextEntry() {
		at = text.indexOf('@', at);
		return at >= 0;
	}

	int offset() {
		return at;
	}

	void moveTo(int offset) {
		at = offset;
	}

	void skip() {
		at++;
	}

	boolean atEnd() {
		return at >= text.length();
	}

	/** Whether the character here is {@code c}. */
	boolean at(char c) {
		return !atEnd() && text.charAt(at) == c;
	}

	/** The offset of the next {@code c} from here, or -1. */
	int next(char c) {
		return text.indexOf(c, at);
	}

	/** The text from here to {@code end}, moving past it. */
	String upTo(int end) {
		String taken = text.substring(at, end);
		at = end;
		return taken;
	}

	/** A name, key or bare value: letters, digits and {@code _-:.+/}. */
	String word() {
		int start = at;
		while (!atEnd() && (Character.isLetterOrDigit(text.charAt(at)) || "_-:.+/".indexOf(text.charAt(at)) >= 0)) {
			at++;
		}
		return text.substring(start, at);
	}

	/** The inside of the {@code {...}} or {@code (...)} that starts here, moving past its end. */
	String bracketed() {
		int end = matching(at);
		String inside = text.substring(at + 1, end);
		at = end + 1;
		return inside;
	}

	/** The inside of the {@code "..."} that starts here, where a quote within braces does not end it. */
	String quoted() {
		int depth = 0;
		for (int i = at + 1; i < text.length(); i++) {
			char d = text.charAt(i);
			depth += d == '{' ? 1 : d == '}' ? -1 : 0;
			if (d == '"' && depth == 0 && text.charAt(i - 1) != '\\') {
				String inside = text.substring(at + 1, i);
				at = i + 1;
				return inside;
			}
		}
		throw new IllegalArgumentException("a quoted value is not closed");
	}

	private int matching(int open) {
		char opening = text.charAt(open);
		char closing = opening == '{' ? '}' : ')';
		int depth = 0;
		for (int i = open; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\\') {
				i++;
			}
			else if (c == opening) {
				depth++;
			}
			else if (c == closing && --depth == 0) {
				return i;
			}
		}
		throw new IllegalArgumentException("a \"" + opening + "\" is not closed");
	}

	void expect(char c) {
		skipSpace();
		if (!at(c)) {
			throw new IllegalArgumentException("expected \"" + c + "\"");
		}
		at++;
	}

	void skipSpace() {
		while (!atEnd() && Character.isWhitespace(text.charAt(at))) {
			at++;
		}
	}

	int lineAt(int offset) {
		int line = 1;
		for (int i = 0; i < offset && i < text.length(); i++) {
			line += text.charAt(i) == '\n' ? 1 : 0;
		}
		return line;
	}
}
