package io.lectern.content.internal.render;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The words the portal writes inside a lesson ("Note", "Figure 3", "Solution to Exercise 2", a
 * footnote's way back), in the course's language rather than the reader's interface language, as
 * MyST and Jupyter Book choose them by the book's language: a German course says "Abbildung 3"
 * whoever reads it. Read from {@code i18n/content-words*.properties}; a language without its own
 * file gets English.
 */
public final class ContentWords {

	private static final String BUNDLE = "i18n.content-words";
	private static final ResourceBundle.Control NO_DEFAULT_LOCALE = ResourceBundle.Control
		.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

	public static final ContentWords ENGLISH = of(Locale.ENGLISH);

	private final ResourceBundle words;
	private final boolean setsQuotes;

	private ContentWords(ResourceBundle words, boolean setsQuotes) {
		this.words = words;
		this.setsQuotes = setsQuotes;
	}

	/**
	 * The same words, for a course whose prose the portal sets as its old site did: quotation marks in
	 * the language's style, dashes and ellipses (Sphinx's smartquotes, kramdown's typographic symbols).
	 */
	public ContentWords settingQuotes() {
		return new ContentWords(words, true);
	}

	/** The language's quotation marks, opening and closing, then the inner pair ({@code “”‘’}), when the course sets its quotes. */
	Optional<String> quotationMarks() {
		return setsQuotes ? Optional.of(word("quotes")) : Optional.empty();
	}

	/** Portuguese from Portugal reads Brazil's words too: they are the same for what the portal writes. */
	public static ContentWords of(Locale language) {
		Locale wanted = language.getLanguage().equals("pt") ? Locale.forLanguageTag("pt-BR") : language;
		return new ContentWords(ResourceBundle.getBundle(BUNDLE, wanted, ContentWords.class.getClassLoader(),
				NO_DEFAULT_LOCALE), false);
	}

	/** The language the words are written in: English when the course's has no words of its own. */
	public Locale locale() {
		return words.getLocale().getLanguage().isEmpty() ? Locale.ENGLISH : words.getLocale();
	}

	/**
	 * A word or phrase; {@code {0}}, {@code {1}} in it are replaced by the arguments in order (not
	 * through {@code MessageFormat}, whose quoting rules would eat the apostrophes of French).
	 */
	public String word(String key, Object... arguments) {
		String text;
		try {
			text = words.getString(key);
		}
		catch (MissingResourceException ex) {
			throw new IllegalStateException("No content word \"" + key + "\" in " + BUNDLE, ex);
		}
		for (int i = 0; i < arguments.length; i++) {
			text = text.replace("{" + i + "}", String.valueOf(arguments[i]));
		}
		return text;
	}

	/** The title of a call-out box of this kind ({@code note}, {@code seealso}...). */
	public String admonition(String kind) {
		return word("admonition." + kind);
	}

	/** The word a numbered block of this kind shows before its number ("Figure"), empty for none. */
	public String kind(Labelled.Kind kind) {
		if (kind == Labelled.Kind.OTHER) {
			return "";
		}
		// A subfigure is referred to as a figure, "Figure 1a", and a subequation as an equation.
		Labelled.Kind word = kind == Labelled.Kind.SUBFIGURE ? Labelled.Kind.FIGURE
				: kind == Labelled.Kind.SUBEQUATION ? Labelled.Kind.EQUATION : kind;
		return word("block." + word.name().toLowerCase(Locale.ROOT));
	}
}
