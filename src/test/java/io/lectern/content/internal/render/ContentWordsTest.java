package io.lectern.content.internal.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Every language's content words are complete: the same keys as English, none missing, none extra. */
class ContentWordsTest {

	@ParameterizedTest
	@ValueSource(strings = { "de", "fr", "es", "pt_BR", "ja", "ar" })
	void eachLanguageHasEveryWordEnglishHasAndNoOther(String suffix) throws IOException {
		Properties english = read("");
		Properties language = read("_" + suffix);

		assertThat(language.stringPropertyNames()).isEqualTo(english.stringPropertyNames());
		language.forEach((key, value) -> {
			assertThat(value.toString()).as(suffix + " " + key).isNotBlank();
			assertThat(value.toString().contains("{0}")).as(suffix + " " + key + " keeps its {0}")
				.isEqualTo(english.getProperty(key.toString()).contains("{0}"));
		});
	}

	@Test
	void aCourseLanguageGetsItsWordsAndPortugalGetsBrazilsWords() {
		assertThat(ContentWords.of(Locale.GERMAN).admonition("note")).isEqualTo("Hinweis");
		assertThat(ContentWords.of(Locale.forLanguageTag("pt-PT")).kind(Labelled.Kind.FIGURE)).isEqualTo("Figura");
		assertThat(ContentWords.of(Locale.forLanguageTag("nl")).kind(Labelled.Kind.FIGURE)).isEqualTo("Figure");
		assertThat(ContentWords.of(Locale.forLanguageTag("nl")).locale()).isEqualTo(Locale.ENGLISH);
	}

	@Test
	void theDefaultLocaleOfTheMachineNeverStandsInForEnglish() {
		Locale before = Locale.getDefault();
		try {
			Locale.setDefault(Locale.JAPANESE);
			assertThat(ContentWords.of(Locale.forLanguageTag("sv")).admonition("note")).isEqualTo("Note");
		}
		finally {
			Locale.setDefault(before);
		}
	}

	@Test
	void wordsWithAnApostropheKeepIt() {
		assertThat(ContentWords.of(Locale.FRENCH).word("solution.to", "Exercice 2")).isEqualTo("Solution de l’Exercice 2");
		assertThat(List.of(ContentWords.of(Locale.FRENCH).word("footnote.back", "1"))).containsExactly("Retour à l’appel de note 1");
	}

	private static Properties read(String suffix) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = ContentWordsTest.class.getResourceAsStream("/i18n/content-words" + suffix + ".properties")) {
			assertThat(in).as("content-words" + suffix + ".properties").isNotNull();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}
}
