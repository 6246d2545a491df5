package io.lectern.content;

import java.util.Arrays;
import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The language a course is written in, as a BCP 47 tag ({@code de}, {@code pt-BR}, {@code ar}):
 * what its content is marked with ({@code lang}, {@code dir}) so that screen readers, hyphenation
 * and search read it as that language. English unless its project file says otherwise.
 *
 * @param tag the tag in its canonical case ({@code pt-BR}, not {@code pt_br})
 */
public record CourseLanguage(String tag) {

	public static final CourseLanguage ENGLISH = new CourseLanguage("en");

	/** Scripts written from right to left, as ISO 15924 names them. */
	private static final Set<String> RIGHT_TO_LEFT_SCRIPTS = Set.of("Arab", "Hebr", "Thaa", "Syrc", "Nkoo", "Adlm", "Rohg",
			"Samr", "Mand", "Yezi");

	/** Languages whose usual script is written from right to left, when the tag names no script. */
	private static final Set<String> RIGHT_TO_LEFT_LANGUAGES = Set.of("ar", "he", "iw", "fa", "ur", "ps", "sd", "yi", "ji",
			"dv", "ckb", "ug", "syr", "arc", "nqo", "prs", "pnb", "arz", "ary", "apc", "acm", "ajp");

	public CourseLanguage {
		tag = Locale.forLanguageTag(tag).toLanguageTag();
	}

	/**
	 * Reads a tag an author wrote. Empty when it is not a well-formed BCP 47 tag or its language is
	 * not one ISO 639 knows, so that pages never carry a {@code lang} no reader understands.
	 */
	public static Optional<CourseLanguage> parse(String written) {
		String text = written == null ? "" : written.strip().replace('_', '-');
		if (text.isEmpty()) {
			return Optional.empty();
		}
		Locale locale;
		try {
			locale = new Locale.Builder().setLanguageTag(text).build();
		}
		catch (IllformedLocaleException ex) {
			return Optional.empty();
		}
		return knownLanguage(locale.getLanguage()) ? Optional.of(new CourseLanguage(locale.toLanguageTag()))
				: Optional.empty();
	}

	private static boolean knownLanguage(String language) {
		if (language.length() == 2) {
			return Arrays.asList(Locale.getISOLanguages()).contains(language);
		}
		// Three-letter codes (ISO 639-2/3) that the JDK's locale data or our own list knows.
		return language.length() == 3 && (RIGHT_TO_LEFT_LANGUAGES.contains(language)
				|| Arrays.stream(Locale.getAvailableLocales()).anyMatch(known -> known.getLanguage().equals(language)));
	}

	public Locale locale() {
		return Locale.forLanguageTag(tag);
	}

	/** The language alone, lower case ({@code pt} for {@code pt-BR}): what picks a search analyzer. */
	public String language() {
		return locale().getLanguage();
	}

	public boolean rightToLeft() {
		Locale locale = locale();
		if (!locale.getScript().isEmpty()) {
			return RIGHT_TO_LEFT_SCRIPTS.contains(locale.getScript());
		}
		return RIGHT_TO_LEFT_LANGUAGES.contains(locale.getLanguage());
	}

	/** The value of the HTML {@code dir} attribute for the course's content. */
	public String dir() {
		return rightToLeft() ? "rtl" : "ltr";
	}

	@Override
	public String toString() {
		return tag;
	}
}
