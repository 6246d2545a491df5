package io.lectern.i18n;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.NoSuchMessageException;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Every message of the interface, from the UTF-8 bundles under {@code i18n/} on the class path
 * ({@code messages.properties} in English, {@code messages_de.properties} and so on), formatted by
 * ICU's {@link MessageFormat}: its plurals follow each language's CLDR categories (Arabic has six,
 * Japanese one), which {@code java.text.MessageFormat} cannot express. Every message goes through
 * ICU, arguments or not, so a quote is written the same way everywhere ({@code ''}, or a single one
 * that no brace follows). A key a language lacks falls back to its parent language, then English.
 */
public class InterfaceMessages implements MessageSource {

	static final String FOLDER = "i18n/";

	/** {@code messages_pt_BR.properties} → base {@code messages}, language {@code pt_BR}. */
	private static final Pattern BUNDLE = Pattern.compile("([a-z0-9-]+?)(?:_([a-z]{2,3}(?:_[A-Z]{2})?))?\\.properties");

	/** Messages by language tag ("" for English, the root), all base names together. */
	private final Map<String, Map<String, String>> bundles;

	private final Map<String, Optional<MessageFormat>> formats = new ConcurrentHashMap<>();

	public InterfaceMessages() {
		this(FOLDER);
	}

	InterfaceMessages(String folder) {
		this.bundles = load(folder);
	}

	/** Each language's messages as its bundles hold them, keyed by language ("" for English). */
	public static Map<String, Map<String, Map<String, String>>> bundlesByBaseName(String folder) {
		Map<String, Map<String, Map<String, String>>> byBase = new HashMap<>();
		try {
			// This class's own loader, not the thread's: the shipped messages may first be read on a
			// fork-join worker (lessons render in parallel), whose context loader cannot see into the jar.
			for (Resource resource : new PathMatchingResourcePatternResolver(InterfaceMessages.class.getClassLoader())
				.getResources("classpath*:" + folder + "*.properties")) {
				Matcher name = BUNDLE.matcher(Objects.requireNonNull(resource.getFilename()));
				if (!name.matches()) {
					throw new IllegalStateException("Not a bundle name: " + resource.getFilename());
				}
				Properties properties = new Properties();
				try (Reader reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
					properties.load(reader);
				}
				Map<String, String> messages = byBase.computeIfAbsent(name.group(1), base -> new HashMap<>())
					.computeIfAbsent(name.group(2) == null ? "" : name.group(2), language -> new HashMap<>());
				properties.forEach((key, value) -> messages.put((String) key, (String) value));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return byBase;
	}

	private static Map<String, Map<String, String>> load(String folder) {
		Map<String, Map<String, String>> byLanguage = new HashMap<>();
		bundlesByBaseName(folder).values()
			.forEach(languages -> languages.forEach((language, messages) -> byLanguage
				.computeIfAbsent(language, any -> new HashMap<>())
				.putAll(messages)));
		return Map.copyOf(byLanguage);
	}

	@Override
	public String getMessage(String code, Object[] args, String defaultMessage, Locale locale) {
		return format(code, args, locale).orElse(defaultMessage == null ? null : formatDefault(defaultMessage, args, locale));
	}

	@Override
	public String getMessage(String code, Object[] args, Locale locale) throws NoSuchMessageException {
		return format(code, args, locale).orElseThrow(() -> new NoSuchMessageException(code, locale));
	}

	@Override
	public String getMessage(MessageSourceResolvable resolvable, Locale locale) throws NoSuchMessageException {
		String[] codes = resolvable.getCodes();
		Object[] args = resolvable.getArguments();
		if (args != null) {
			args = args.clone();
			for (int i = 0; i < args.length; i++) {
				if (args[i] instanceof MessageSourceResolvable nested) {
					args[i] = getMessage(nested, locale);
				}
			}
		}
		if (codes != null) {
			for (String code : codes) {
				Optional<String> message = format(code, args, locale);
				if (message.isPresent()) {
					return message.get();
				}
			}
		}
		if (resolvable.getDefaultMessage() != null) {
			return formatDefault(resolvable.getDefaultMessage(), args, locale);
		}
		throw new NoSuchMessageException(codes == null || codes.length == 0 ? "" : codes[codes.length - 1], locale);
	}

	private Optional<String> format(String code, Object[] args, Locale locale) {
		if (code == null) {
			return Optional.empty();
		}
		Locale wanted = locale == null ? Locale.ENGLISH : locale;
		for (String language : fallbacks(wanted)) {
			Map<String, String> messages = bundles.get(language);
			if (messages != null && messages.containsKey(code)) {
				Optional<MessageFormat> format = formats.computeIfAbsent(language + '\u0000' + code,
						key -> Optional.of(new MessageFormat(messages.get(code), formattingLocale(language))));
				return format.map(pattern -> apply(pattern, args));
			}
		}
		return Optional.empty();
	}

	private static String apply(MessageFormat format, Object[] args) {
		// ICU's formats keep state while they work: one thread at a time per parsed pattern.
		synchronized (format) {
			return format.format(args == null ? new Object[0] : args);
		}
	}

	/** Defaults come from the code (Bean Validation's English text, say): formatted, never parsed strictly. */
	private static String formatDefault(String message, Object[] args, Locale locale) {
		if (args == null || args.length == 0) {
			return message;
		}
		try {
			return new MessageFormat(message, ULocale.forLocale(locale)).format(args);
		}
		catch (IllegalArgumentException ex) {
			return message;
		}
	}

	/** pt_BR, then pt, then English (the root bundle, ""). */
	static String[] fallbacks(Locale locale) {
		String language = locale.getLanguage();
		String country = locale.getCountry();
		if (!country.isEmpty()) {
			return new String[] { language + "_" + country, language, "" };
		}
		return new String[] { language, "" };
	}

	/** English numbers and dates as the English bundle writes them; every other language its own. */
	private static ULocale formattingLocale(String language) {
		return language.isEmpty() ? ULocale.ENGLISH : new ULocale(language);
	}
}
