package io.lectern.content.internal.load;

import java.text.Normalizer;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The accented and special letters BibTeX files write in LaTeX, as the letters they stand for:
 * {@code St{\'{e}}fan} is Stéfan, {@code R{\'\i}o} Río, {@code G\"{o}del} Gödel, {@code \ss} ß. A
 * reference list shows names as people write them (mystmd does this through citation-js).
 */
final class LatexLetters {

	/** Accents written with a symbol, which need no braces: {@code \'e}, {@code \'{e}}, {@code \"{\i}}. */
	private static final Pattern SYMBOL_ACCENT = Pattern.compile("\\\\(['`^\"~=.])\\s*(?:\\{\\s*(\\\\[ij]|[A-Za-z])\\s*}|(\\\\[ij](?![A-Za-z])|[A-Za-z]))");

	/** Accents written with a letter, which need braces or a space before their letter: {@code \c{c}}, {@code \v s}. */
	private static final Pattern LETTER_ACCENT = Pattern.compile("\\\\([uvHckrd])(?:\\s*\\{\\s*(\\\\[ij]|[A-Za-z])\\s*}|\\s+([A-Za-z]))");

	/** Letters of their own: {@code \ss}, {@code \o}, {@code \ae}, {@code \l}, and the dotless i and j left alone. */
	private static final Pattern SPECIAL = Pattern.compile("\\\\(ss|ae|AE|oe|OE|aa|AA|o|O|l|L|i|j)(?![A-Za-z])\\s?");

	private static final Map<String, String> COMBINING = Map.ofEntries(Map.entry("'", "\u0301"), Map.entry("`", "\u0300"),
			Map.entry("^", "\u0302"), Map.entry("\"", "\u0308"), Map.entry("~", "\u0303"), Map.entry("=", "\u0304"),
			Map.entry(".", "\u0307"), Map.entry("u", "\u0306"), Map.entry("v", "\u030C"), Map.entry("H", "\u030B"),
			Map.entry("c", "\u0327"), Map.entry("k", "\u0328"), Map.entry("r", "\u030A"), Map.entry("d", "\u0323"));

	private static final Map<String, String> LETTERS = Map.ofEntries(Map.entry("ss", "ß"), Map.entry("ae", "æ"),
			Map.entry("AE", "Æ"), Map.entry("oe", "œ"), Map.entry("OE", "Œ"), Map.entry("aa", "å"), Map.entry("AA", "Å"),
			Map.entry("o", "ø"), Map.entry("O", "Ø"), Map.entry("l", "ł"), Map.entry("L", "Ł"), Map.entry("i", "ı"),
			Map.entry("j", "ȷ"));

	private LatexLetters() {
	}

	static String decode(String value) {
		if (value.indexOf('\\') < 0) {
			return value;
		}
		String accented = accents(accents(value, SYMBOL_ACCENT), LETTER_ACCENT);
		Matcher special = SPECIAL.matcher(accented);
		String letters = special.replaceAll(found -> Matcher.quoteReplacement(LETTERS.get(found.group(1))));
		return Normalizer.normalize(letters, Normalizer.Form.NFC);
	}

	private static String accents(String value, Pattern accent) {
		return accent.matcher(value).replaceAll(found -> {
			String letter = found.group(2) != null ? found.group(2) : found.group(3);
			// An accent sits on the dotless i as on an i: \'{\i} is í.
			String base = letter.startsWith("\\") ? letter.substring(1) : letter;
			return Matcher.quoteReplacement(base + COMBINING.get(found.group(1)));
		});
	}
}
