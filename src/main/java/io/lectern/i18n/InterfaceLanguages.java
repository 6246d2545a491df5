package io.lectern.i18n;

import com.ibm.icu.util.ULocale;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages the interface is shipped in, in the order the language menu lists them: English
 * first, the others as they were added. A language is offered only when its bundles are complete
 * ({@code BundleCompletenessTest} fails otherwise), so a reader never meets half a page in English.
 */
public class InterfaceLanguages {

	/** Each as a BCP 47 tag; docs/operating/languages.md says how to add one. */
	public static final List<Locale> SHIPPED = List.of(Locale.ENGLISH, Locale.GERMAN, Locale.FRENCH,
			Locale.forLanguageTag("es"), Locale.forLanguageTag("pt-BR"), Locale.JAPANESE, Locale.forLanguageTag("ar"));

	/** A language as the menu offers it: its tag, and its name as its own speakers write it. */
	public record Language(String tag, String name, String direction) {
	}

	private final List<Locale> locales;

	private final List<Language> languages;

	public InterfaceLanguages() {
		this(SHIPPED);
	}

	public InterfaceLanguages(List<Locale> locales) {
		this.locales = List.copyOf(locales);
		this.languages = this.locales.stream()
			.map(locale -> new Language(locale.toLanguageTag(), autonym(locale), direction(locale)))
			.toList();
	}

	public List<Language> all() {
		return languages;
	}

	public List<Locale> locales() {
		return locales;
	}

	/**
	 * The shipped language closest to this one: the same language and country, else the same
	 * language (a reader of pt-PT gets pt-BR, of de-AT German), else none.
	 */
	public Optional<Locale> match(Locale wanted) {
		if (wanted == null || wanted.getLanguage().isEmpty()) {
			return Optional.empty();
		}
		return locales.stream()
			.filter(locale -> locale.getLanguage().equals(wanted.getLanguage())
					&& locale.getCountry().equals(wanted.getCountry()))
			.findFirst()
			.or(() -> locales.stream().filter(locale -> locale.getLanguage().equals(wanted.getLanguage())).findFirst());
	}

	/** {@code rtl} for Arabic and every other language written right to left, else {@code ltr}. */
	public String direction(Locale locale) {
		return ULocale.forLocale(locale).isRightToLeft() ? "rtl" : "ltr";
	}

	/** The tag for {@code <html lang>}: "pt-BR", "ar". */
	public String tag(Locale locale) {
		return locale.toLanguageTag();
	}

	private static String autonym(Locale locale) {
		String name = locale.getDisplayName(locale);
		return name.substring(0, 1).toUpperCase(locale) + name.substring(1);
	}
}
