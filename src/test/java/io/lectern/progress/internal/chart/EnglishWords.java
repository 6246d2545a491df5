package io.lectern.progress.internal.chart;

import io.lectern.i18n.InterfaceMessages;
import io.lectern.i18n.LocalFormats;
import java.util.Locale;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.context.i18n.LocaleContextHolder;

/** The chart's words as an English reader in UTC gets them, for tests that build a chart without the application. */
final class EnglishWords implements BeforeEachCallback, AfterEachCallback {

	static final ChartWords WORDS = new ChartWords(new InterfaceMessages(), new LocalFormats());

	@Override
	public void beforeEach(ExtensionContext context) {
		LocaleContextHolder.setLocale(Locale.ENGLISH);
	}

	@Override
	public void afterEach(ExtensionContext context) {
		LocaleContextHolder.resetLocaleContext();
	}
}
