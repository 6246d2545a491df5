package io.lectern.diagrams;

import com.ibm.icu.text.ListFormatter;
import com.ibm.icu.util.ULocale;
import io.lectern.i18n.InterfaceMessages;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.springframework.context.MessageSource;

/**
 * The fixed words a diagram writes around its author's facts (its legend, "Show as table", table
 * headers, the sentences of its description), in one language, from the {@code diagram.*} messages.
 * A diagram inside a lesson is drawn in its course's language, like the other words the portal
 * writes into content; the explorer draws in the reader's.
 */
public final class DiagramWords {

	/** The bundles as shipped, for diagrams drawn outside a request (lessons, while loading). */
	private static final class Shipped {
		static final MessageSource MESSAGES = new InterfaceMessages();
	}

	private final Supplier<MessageSource> messages;
	private final Locale locale;

	private DiagramWords(Supplier<MessageSource> messages, Locale locale) {
		this.messages = messages;
		this.locale = locale;
	}

	/**
	 * The shipped words of a language (English where it has none). The bundles are read at the first
	 * word, not here: a lesson asks for its diagram words with every fenced block it holds, and a
	 * course that draws no diagram then never scans the class path for them.
	 */
	public static DiagramWords in(Locale locale) {
		return new DiagramWords(() -> Shipped.MESSAGES, locale);
	}

	/** The words of the portal's message source in a language: the reader's, on a page. */
	public static DiagramWords of(MessageSource messages, Locale locale) {
		return new DiagramWords(() -> messages, locale);
	}

	public static DiagramWords english() {
		return in(Locale.ENGLISH);
	}

	public Locale locale() {
		return locale;
	}

	/** A name for caches of drawings: one per language. */
	public String language() {
		return locale.toLanguageTag();
	}

	public String word(String key, Object... arguments) {
		return messages.get().getMessage(key, arguments, locale);
	}

	/** "a, b and c", as the language joins a list (English without the serial comma, as the portal writes). */
	public String list(List<String> items) {
		ULocale written = locale.getLanguage().equals("en") ? ULocale.UK : ULocale.forLocale(locale);
		return ListFormatter.getInstance(written).format(items);
	}

	/**
	 * A model's name as it stands inside a sentence: lower case ("the container model"), except in
	 * German, which writes every noun with a capital.
	 */
	public String inSentence(String name) {
		return capitals() ? name : name.toLowerCase(locale);
	}

	/** A layer's name inside a sentence: its first letter in lower case, so "IAM" inside it stays. */
	public String startInSentence(String name) {
		return capitals() || name.isEmpty() ? name : name.substring(0, 1).toLowerCase(locale) + name.substring(1);
	}

	private boolean capitals() {
		return locale.getLanguage().equals("de");
	}
}
