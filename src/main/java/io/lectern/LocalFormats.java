package io.lectern;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAccessor;
import java.util.Date;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * Dates, times, numbers and percentages written the way the reader's language writes them, and
 * times in the learner's own time zone when they chose one (UTC otherwise). Templates call it as
 * {@code ${@formats.date(x)}}; the locale and zone are the request's, as Spring resolved them.
 * English keeps the day-month order the portal always used ("29 Nov 2026, 14:05").
 */
public class LocalFormats {

	/** Day, month in words, year: "29 November 2026", in the learner's time zone. */
	public String date(TemporalAccessor when) {
		return format(when, "dMMMMy");
	}

	/** "29 Nov 2026". */
	public String shortDate(TemporalAccessor when) {
		return format(when, "dMMMy");
	}

	/** "29 Nov 2026, 14:05" in the learner's time zone. */
	public String dateTime(TemporalAccessor when) {
		return format(when, "dMMMyHHmm");
	}

	/** "29 Nov, 14:05" in the learner's time zone. */
	public String dayTime(TemporalAccessor when) {
		return format(when, "dMMMHHmm");
	}

	/** "29 Nov 2026, 14:05:09" in the learner's time zone. */
	public String dateTimeSeconds(TemporalAccessor when) {
		return format(when, "dMMMyHHmmss");
	}

	/** The time zone times are shown in, for a page to name it ("UTC", "Europe/Berlin"). */
	public String zone() {
		return LocaleContextHolder.getTimeZone().toZoneId().getId();
	}

	/** A whole number with the language's grouping: 12,345 / 12.345 / ١٢٬٣٤٥. */
	public String number(Number value) {
		return NumberFormat.getIntegerInstance(locale()).format(value);
	}

	/** A share already in percent (85.4 → "85%", "85 %", "٨٥٪"), rounded to whole percent. */
	public String percent(Number percent) {
		NumberFormat format = NumberFormat.getPercentInstance(locale());
		format.setMaximumFractionDigits(0);
		format.setRoundingMode(com.ibm.icu.math.BigDecimal.ROUND_HALF_UP);
		return format.format(percent.doubleValue() / 100.0);
	}

	private String format(TemporalAccessor when, String skeleton) {
		if (when == null) {
			return "";
		}
		DateFormat format = DateFormat.getInstanceForSkeleton(skeleton, locale());
		// A calendar day is the same day everywhere; an instant is shown in the learner's zone.
		boolean day = when instanceof LocalDate;
		Instant instant = day ? ((LocalDate) when).atStartOfDay(ZoneOffset.UTC).toInstant() : Instant.from(when);
		format.setTimeZone(day ? TimeZone.GMT_ZONE : TimeZone.getTimeZone(LocaleContextHolder.getTimeZone().getID()));
		return format.format(Date.from(instant));
	}

	/** English is written with British conventions, as the portal always did; the others as CLDR has them. */
	static ULocale locale() {
		Locale locale = LocaleContextHolder.getLocale();
		return locale.getLanguage().equals("en") ? new ULocale("en_GB") : ULocale.forLocale(locale);
	}
}
