package io.lectern.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.NoSuchMessageException;

/** Messages come out of the bundles formatted by ICU, with each language's own plural forms. */
class InterfaceMessagesTest {

	private final InterfaceMessages messages = new InterfaceMessages();

	private String problems(int count, String language) {
		return messages.getMessage("account.nav.contentProblems", new Object[] { count }, Locale.forLanguageTag(language));
	}

	@Test
	void englishHasOneAndOther() {
		assertThat(problems(1, "en")).isEqualTo("1 content problem");
		assertThat(problems(13, "en")).isEqualTo("13 content problems");
		assertThat(problems(0, "en")).isEqualTo("0 content problems");
	}

	@Test
	void arabicUsesAllSixOfItsPluralForms() {
		// CLDR 48 writes Arabic with Latin digits by default. Its categories: zero, one, two, few (3–10), many (11–99), other (100–102, ...).
		assertThat(problems(0, "ar")).isEqualTo("لا مشكلات في المحتوى");
		assertThat(problems(1, "ar")).isEqualTo("مشكلة واحدة في المحتوى");
		assertThat(problems(2, "ar")).isEqualTo("مشكلتان في المحتوى");
		assertThat(problems(3, "ar")).isEqualTo("3 مشكلات في المحتوى");
		assertThat(problems(11, "ar")).isEqualTo("11 مشكلة في المحتوى");
		assertThat(problems(100, "ar")).isEqualTo("100 مشكلة في المحتوى");
	}

	@Test
	void japaneseHasOneFormForEveryCount() {
		assertThat(problems(1, "ja")).isEqualTo("コンテンツの問題 1 件");
		assertThat(problems(1200, "ja")).isEqualTo("コンテンツの問題 1,200 件");
	}

	@Test
	void germanGroupsThousandsItsOwnWay() {
		assertThat(problems(1, "de")).isEqualTo("1 Inhaltsproblem");
		assertThat(problems(1200, "de")).isEqualTo("1.200 Inhaltsprobleme");
	}

	@Test
	void aRegionalLanguageFallsBackToItsLanguageThenToEnglish() {
		assertThat(messages.getMessage("layout.search.submit", null, Locale.forLanguageTag("de-AT"))).isEqualTo("Suchen");
		assertThat(messages.getMessage("layout.search.submit", null, Locale.forLanguageTag("pt-BR"))).isEqualTo("Pesquisar");
		assertThat(messages.getMessage("layout.search.submit", null, Locale.forLanguageTag("ko"))).isEqualTo("Search");
	}

	@Test
	void anUnknownKeyIsAnErrorUnlessADefaultIsGiven() {
		assertThatExceptionOfType(NoSuchMessageException.class)
			.isThrownBy(() -> messages.getMessage("no.such.key", null, Locale.ENGLISH));
		assertThat(messages.getMessage("no.such.key", null, "Fallback", Locale.GERMAN)).isEqualTo("Fallback");
	}
}
