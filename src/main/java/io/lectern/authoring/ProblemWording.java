package io.lectern.authoring;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The English of each content problem, read from {@code i18n/content-problems.properties}, the same
 * file the interface's messages read it from, and formatted by ICU as they format it. Authoring
 * depends on no module, so it reads the file itself rather than through the interface's messages.
 */
final class ProblemWording {

	static final String BUNDLE = "i18n/content-problems.properties";

	/** The bundle, read once, the first time a problem is put in words. */
	private static final class English {

		static final Properties PATTERNS = load();

		private static Properties load() {
			Properties patterns = new Properties();
			try (InputStream in = ProblemWording.class.getClassLoader().getResourceAsStream(BUNDLE)) {
				if (in == null) {
					throw new IllegalStateException("No " + BUNDLE + " on the class path");
				}
				patterns.load(new InputStreamReader(in, StandardCharsets.UTF_8));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			return patterns;
		}
	}

	private static final Map<String, MessageFormat> FORMATS = new ConcurrentHashMap<>();

	private ProblemWording() {
	}

	/** Whether the bundle words this key; every key the checkers give must be there. */
	static boolean has(String key) {
		return English.PATTERNS.containsKey(key);
	}

	static String english(String key, Object[] arguments) {
		String pattern = English.PATTERNS.getProperty(key);
		if (pattern == null) {
			throw new IllegalStateException("No English for the content problem " + key + " in " + BUNDLE);
		}
		MessageFormat format = FORMATS.computeIfAbsent(key, any -> new MessageFormat(pattern, ULocale.ENGLISH));
		// ICU's formats keep state while they work: one thread at a time per parsed pattern.
		synchronized (format) {
			return format.format(arguments);
		}
	}
}
