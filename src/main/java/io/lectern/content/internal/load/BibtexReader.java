package io.lectern.content.internal.load;

import io.lectern.authoring.Problems;
import io.lectern.content.Bibliography;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads the common syntax of BibTeX files: {@code @type{key, field = {value} | "value" | number |
 * macro, ...}}, with {@code #} joining parts and {@code @string} macros; {@code @comment} and
 * {@code @preamble} are skipped, as is any text between entries. Values keep their text, without
 * braces and with the usual TeX escapes ({@code \&}, {@code ~}, {@code --}) made plain. An entry
 * that does not parse is a warning at its line, and the rest of the file is still read.
 */
final class BibtexReader {

	private static final Set<String> ADDRESSES = Set.of("url", "doi");

	private final String text;
	private final String file;
	private final Problems problems;
	private final Map<String, String> macros = new HashMap<>();
	private final Map<String, Bibliography.Entry> entries = new LinkedHashMap<>();
	private int at;

	private BibtexReader(String text, String file, Problems problems) {
		this.text = text;
		this.file = file;
		this.problems = problems;
	}

	/** The entries of one {@code .bib} file, by key, in file order. */
	static Map<String, Bibliography.Entry> read(String text, String file, Problems problems) {
		BibtexReader reader = new BibtexReader(text, file, problems);
		reader.readAll();
		return reader.entries;
	}

	private void readAll() {
		while ((at = text.indexOf('@', at)) >= 0) {
			int start = at;
			try {
				entry();
			}
			catch (IllegalArgumentException ex) {
				problems.warning(file, lineAt(start), "BibTeX entry not read: " + ex.getMessage());
				at = start + 1;
			}
		}
	}

	private void entry() {
		at++;
		String type = word().toLowerCase(Locale.ROOT);
		skipSpace();
		if (at >= text.length() || (text.charAt(at) != '{' && text.charAt(at) != '(')) {
			if (type.equals("comment")) {
				return;
			}
			throw new IllegalArgumentException("expected \"{\" after \"@" + type + "\"");
		}
		char close = text.charAt(at) == '{' ? '}' : ')';
		if (type.equals("comment") || type.equals("preamble")) {
			at = matching(at) + 1;
			return;
		}
		at++;
		if (type.equals("string")) {
			Map.Entry<String, String> macro = field();
			macros.put(macro.getKey(), macro.getValue());
			expect(close);
			return;
		}
		int keyLine = lineAt(at);
		skipSpace();
		int comma = text.indexOf(',', at);
		int end = text.indexOf(close, at);
		if (comma < 0 || (end >= 0 && end < comma)) {
			throw new IllegalArgumentException("expected a key and a comma after \"@" + type + "{\"");
		}
		String key = text.substring(at, comma).trim();
		at = comma + 1;
		Map<String, String> fields = new LinkedHashMap<>();
		skipSpace();
		while (at < text.length() && text.charAt(at) != close) {
			Map.Entry<String, String> field = field();
			fields.put(field.getKey(), field.getValue());
			skipSpace();
			if (at < text.length() && text.charAt(at) == ',') {
				at++;
				skipSpace();
			}
		}
		expect(close);
		if (entries.containsKey(key)) {
			problems.warning(file, keyLine, "BibTeX key \"" + key + "\" is used twice; the first entry is kept");
			return;
		}
		entries.put(key, new Bibliography.Entry(key, type, fields));
	}

	private Map.Entry<String, String> field() {
		skipSpace();
		String name = word().toLowerCase(Locale.ROOT);
		if (name.isEmpty()) {
			throw new IllegalArgumentException("expected a field name");
		}
		skipSpace();
		expect('=');
		StringBuilder value = new StringBuilder();
		while (true) {
			skipSpace();
			value.append(part());
			skipSpace();
			if (at >= text.length() || text.charAt(at) != '#') {
				break;
			}
			at++;
		}
		// Addresses are kept as written: a "~" or "--" in them is part of the address.
		return Map.entry(name, ADDRESSES.contains(name) ? value.toString().replaceAll("[{}\\s]", "") : plain(value.toString()));
	}

	/** One part of a value: {@code {braced}}, {@code "quoted"}, a number or a macro name. */
	private String part() {
		if (at >= text.length()) {
			throw new IllegalArgumentException("the file ends inside the entry");
		}
		char c = text.charAt(at);
		if (c == '{') {
			int end = matching(at);
			String inside = text.substring(at + 1, end);
			at = end + 1;
			return inside;
		}
		if (c == '"') {
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
		String word = word();
		if (word.isEmpty()) {
			throw new IllegalArgumentException("expected a value");
		}
		return macros.getOrDefault(word.toLowerCase(Locale.ROOT), word);
	}

	private String word() {
		int start = at;
		while (at < text.length() && (Character.isLetterOrDigit(text.charAt(at)) || "_-:.+/".indexOf(text.charAt(at)) >= 0)) {
			at++;
		}
		return text.substring(start, at);
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

	private void expect(char c) {
		skipSpace();
		if (at >= text.length() || text.charAt(at) != c) {
			throw new IllegalArgumentException("expected \"" + c + "\"");
		}
		at++;
	}

	private void skipSpace() {
		while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
			at++;
		}
	}

	private int lineAt(int offset) {
		int line = 1;
		for (int i = 0; i < offset && i < text.length(); i++) {
			line += text.charAt(i) == '\n' ? 1 : 0;
		}
		return line;
	}

	/** A value as text to show: braces that only protect case gone, common escapes made plain. */
	private static String plain(String value) {
		return value.replace("\\&", "&")
			.replace("\\%", "%")
			.replace("\\_", "_")
			.replace("\\$", "$")
			.replace("---", "\u2014")
			.replace("--", "\u2013")
			.replace("~", " ")
			.replaceAll("[{}]", "")
			.replaceAll("\\s+", " ")
			.trim();
	}
}
