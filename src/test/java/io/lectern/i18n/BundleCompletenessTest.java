package io.lectern.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.MessagePattern;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Every bundle under {@code i18n/} (the interface's messages, the words written into content) has
 * exactly the keys of its English bundle in every language, each a valid ICU pattern with the same
 * arguments as the English one: a language is shipped complete or not at all.
 */
class BundleCompletenessTest {

	private final Map<String, Map<String, Map<String, String>>> bundles = InterfaceMessages.bundlesByBaseName(InterfaceMessages.FOLDER);

	/** A language without one base name's file would read those pages in English, unnoticed by the key check below. */
	@Test
	void everyShippedLanguageHasABundleOfEveryBaseName() {
		assertThat(bundles).containsKeys("messages", "content-words", "admin", "refusals", "account", "certificate-pdf", "mail",
				"marking");
		bundles.forEach((base, languages) -> {
			for (Locale locale : InterfaceLanguages.SHIPPED) {
				String name = locale.getLanguage().equals("en") ? "" : locale.toString();
				assertThat(languages).as("%s bundle for %s", base, locale).containsKey(name);
			}
		});
	}

	/** The base names are merged into one set of messages, where a key in two of them would silently hide one. */
	@Test
	void noKeyIsInTwoBaseNames() {
		Map<String, String> baseOfKey = new java.util.HashMap<>();
		List<String> twice = new ArrayList<>();
		bundles.forEach((base, languages) -> languages.getOrDefault("", Map.of()).keySet().forEach(key -> {
			String other = baseOfKey.putIfAbsent(key, base);
			if (other != null) {
				twice.add(key + " in " + other + " and " + base);
			}
		}));
		assertThat(twice).isEmpty();
	}

	@Test
	void everyLanguageHasExactlyTheKeysEnglishHas() {
		List<String> problems = new ArrayList<>();
		bundles.forEach((base, languages) -> {
			Map<String, String> english = languages.get("");
			if (english == null) {
				problems.add(base + ": no English bundle (" + base + ".properties)");
				return;
			}
			languages.forEach((language, messages) -> {
				if (language.isEmpty()) {
					return;
				}
				Set<String> missing = new TreeSet<>(english.keySet());
				missing.removeAll(messages.keySet());
				Set<String> extra = new TreeSet<>(messages.keySet());
				extra.removeAll(english.keySet());
				missing.forEach(key -> problems.add(base + "_" + language + ": missing " + key));
				extra.forEach(key -> problems.add(base + "_" + language + ": " + key + " is not in English"));
			});
		});
		assertThat(problems).isEmpty();
	}

	@Test
	void everyMessageIsAValidPatternWithTheArgumentsOfItsEnglishOne() {
		List<String> problems = new ArrayList<>();
		bundles.forEach((base, languages) -> languages.forEach((language, messages) -> messages.forEach((key, pattern) -> {
			try {
				Set<String> arguments = arguments(pattern);
				String english = languages.getOrDefault("", Map.of()).get(key);
				if (english != null && !arguments.equals(arguments(english))) {
					problems.add(base + "_" + language + " " + key + ": arguments " + arguments + ", English has " + arguments(english));
				}
			}
			catch (IllegalArgumentException ex) {
				problems.add(base + "_" + language + " " + key + ": " + ex.getMessage());
			}
		})));
		assertThat(problems).isEmpty();
	}

	@Test
	void everyValueIsTranslatedTextNotLeftEmpty() {
		List<String> empty = new ArrayList<>();
		bundles.forEach((base, languages) -> languages.forEach((language, messages) -> messages.forEach((key, value) -> {
			if (value.isBlank()) {
				empty.add(base + "_" + language + " " + key);
			}
		})));
		assertThat(empty).isEmpty();
	}

	/** The numbers or names of a pattern's arguments, wherever they stand ({0} inside a plural's branch too). */
	private static Set<String> arguments(String pattern) {
		MessagePattern parsed = new MessagePattern(pattern);
		Set<String> names = new TreeSet<>();
		for (int i = 0; i + 1 < parsed.countParts(); i++) {
			if (parsed.getPart(i).getType() == MessagePattern.Part.Type.ARG_START) {
				names.add(parsed.getSubstring(parsed.getPart(i + 1)));
			}
		}
		return names;
	}
}
