package io.lectern.progress.internal.chart;

import io.lectern.i18n.LocalFormats;
import java.time.Instant;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * The score chart's words in the reader's language: its summary, its dots' labels and its axes,
 * from the {@code marking} messages, with dates in the learner's time zone and the language's
 * digits and percent sign.
 */
public record ChartWords(MessageSource messages, LocalFormats formats) {

	/** A date under the plot: "3 Nov". */
	String day(Instant at) {
		return formats.dayMonth(at);
	}

	/** A dot's date: "3 Nov 2026". */
	String date(Instant at) {
		return formats.shortDate(at);
	}

	/** A score already in percent, to at most one decimal: "42.5%", "42,5 %". */
	String percent(double percent) {
		// The skeleton's "percent" only adds the sign: the figure is already in percent.
		return say("chart.percent", percent);
	}

	String say(String key, Object... arguments) {
		return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
	}
}
