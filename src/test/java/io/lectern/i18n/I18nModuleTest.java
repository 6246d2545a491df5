package io.lectern.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.TestPropertySource;

/**
 * The interface-languages module on its own, as every other module finds it: the one message
 * source, with each language's plural rules, and the formats for the reader's language. It
 * depends on no other module, so it starts with none.
 */
@ApplicationModuleTest
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:i18n-module")
class I18nModuleTest {

	@Autowired
	ApplicationContext context;

	@Test
	void itsMessageSourceIsTheApplicationsAndCountsAsEachLanguageDoes() {
		MessageSource messages = context.getBean(MessageSource.class);

		assertThat(messages).isInstanceOf(InterfaceMessages.class);
		assertThat(messages.getMessage("course.lessons", new Object[] { 2 }, Locale.forLanguageTag("ar"))).isEqualTo("درسان");
		assertThat(messages.getMessage("course.lessons", new Object[] { 1 }, Locale.ENGLISH)).isEqualTo("1 lesson");
		assertThat(context.getBean(InterfaceLanguages.class).direction(Locale.forLanguageTag("ar"))).isEqualTo("rtl");
	}

	@Test
	void itsFormatsFollowTheReadersLanguage() {
		LocalFormats formats = context.getBean(LocalFormats.class);
		Instant firstOfDecember = Instant.parse("2026-12-01T09:30:00Z");

		LocaleContextHolder.setLocale(Locale.GERMAN);
		try {
			assertThat(formats.date(firstOfDecember)).contains("Dezember");
			assertThat(formats.number(12345)).isEqualTo("12.345");
		}
		finally {
			LocaleContextHolder.resetLocaleContext();
		}
	}
}
