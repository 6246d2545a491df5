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

	private final BibtexCursor in;
	private final String file;
	private final Problems problems;
	private final Map<String, String> macros = new HashMap<>();
	private final Map<String, Bibliography.Entry> entries = new LinkedHashMap<>();

	private BibtexReader(String text, String file, Problems problems) {
		this.in = new BibtexCursor(text);
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
		while (in.nextEntry()) {
			int start = in.offset();
			try {
				entry();
			}
			catch (IllegalArgumentException ex) {
				problems.warning(file, in.lineAt(start), "problem.bibtex.entry", ex.getMessage());
				in.moveTo(start + 1);
			}
		}
	}

	private void entry() {
		in.skip();
		String type = in.word().toLowerCase(Locale.ROOT);
		in.skipSpace();
		if (!in.at('{') && !in.at('(')) {
			if (type.equals("comment")) {
				return;
			}
			throw new IllegalArgumentException("expected \"{\" after \"@" + type + "\"");
		}
		char close = in.at('{') ? '}' : ')';
		if (type.equals("comment") || type.equals("preamble")) {
			in.bracketed();
			return;
		}
		in.skip();
		if (type.equals("string")) {
			Map.Entry<String, String> macro = field();
			macros.put(macro.getKey(), macro.getValue());
			in.expect(close);
			return;
		}
		int keyLine = in.lineAt(in.offset());
		in.skipSpace();
		int comma = in.next(',');
		int end = in.next(close);
		if (comma < 0 || (end >= 0 && end < comma)) {
			throw new IllegalArgumentException("expected a key and a comma after \"@" + type + "{\"");
		}
		String key = in.upTo(comma).trim();
		in.skip();
		Map<String, String> fields = new LinkedHashMap<>();
		in.skipSpace();
		while (!in.atEnd() && !in.at(close)) {
			Map.Entry<String, String> field = field();
			fields.put(field.getKey(), field.getValue());
			in.skipSpace();
			if (in.at(',')) {
				in.skip();
				in.skipSpace();
			}
		}
		in.expect(close);
		if (entries.containsKey(key)) {
			problems.warning(file, keyLine, "problem.bibtex.keyTwice", key);
			return;
		}
		entries.put(key, new Bibliography.Entry(key, type, fields));
	}

	private Map.Entry<String, String> field() {
		in.skipSpace();
		String name = in.word().toLowerCase(Locale.ROOT);
		if (name.isEmpty()) {
			throw new IllegalArgumentException("expected a field name");
		}
		in.skipSpace();
		in.expect('=');
		StringBuilder value = new StringBuilder();
		while (true) {
			in.skipSpace();
			value.append(part());
			in.skipSpace();
			if (!in.at('#')) {
				break;
			}
			in.skip();
		}
		// Addresses are kept as written: a "~" or "--" in them is part of the address.
		return Map.entry(name, ADDRESSES.contains(name) ? value.toString().replaceAll("[{}\\s]", "") : plain(value.toString()));
	}

	/** One part of a value: {@code {braced}}, {@code "quoted"}, a number or a macro name. */
	private String part() {
		if (in.atEnd()) {
			throw new IllegalArgumentException("the file ends inside the entry");
		}
		if (in.at('{')) {
			return in.bracketed();
		}
		if (in.at('"')) {
			return in.quoted();
		}
		String word = in.word();
		if (word.isEmpty()) {
			throw new IllegalArgumentException("expected a value");
		}
		return macros.getOrDefault(word.toLowerCase(Locale.ROOT), word);
	}

	/** A value as text to show: braces that only protect case gone, common escapes made plain. */
	private static String plain(String value) {
		return LatexLetters.decode(value).replace("\\&", "&")
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
