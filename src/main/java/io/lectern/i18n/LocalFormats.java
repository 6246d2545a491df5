package io.lectern.i18n;

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

	private static final java.util.Map<String, String> ENGLISH = java.util.Map.of("dMMMMy", "d MMMM yyyy", "dMMMy",
			"d MMM yyyy", "dMMMyHHmm", "d MMM yyyy, HH:mm", "dMMMHHmm", "d MMM, HH:mm", "dMMMyHHmmss", "d MMM yyyy, HH:mm:ss", "HHmm", "HH:mm",
			"dMMM", "d MMM");

	/**
	 * One percent format per language, made once: making one reads the language's data and cost a
	 * signed-in learner's lesson page, which shows their progress in percent, a twelfth of its CPU time.
	 */
	private static final java.util.Map<ULocale, com.ibm.icu.text.DecimalFormat> PERCENT = new java.util.concurrent.ConcurrentHashMap<>();

	/** Day, month in words, year: "29 November 2026", in the learner's time zone. */
	public String date(TemporalAccessor when) {
		return format(when, "dMMMMy");
	}

	/** "29 Nov 2026". */
	public String shortDate(TemporalAccessor when) {
		return format(when, "dMMMy");
	}

	/** "29 Nov", the day in the learner's time zone, for a chart's axis. */
	public String dayMonth(TemporalAccessor when) {
		return format(when, "dMMM");
	}

	/** "29 Nov 2026, 14:05" in the learner's time zone. */
	public String dateTime(TemporalAccessor when) {
		return format(when, "dMMMyHHmm");
	}

	/** "29 Nov, 14:05" in the learner's time zone. */
	public String dayTime(TemporalAccessor when) {
		return format(when, "dMMMHHmm");
	}

	/** "14:05" in the learner's time zone. */
	public String time(TemporalAccessor when) {
		return format(when, "HHmm");
	}

	/** "29 Nov 2026, 14:05:09" in the learner's time zone. */
	public String dateTimeSeconds(TemporalAccessor when) {
		return format(when, "dMMMyHHmmss");
	}

	/** The time zone times are shown in, for a page to name it ("UTC", "Europe/Berlin"). */
	public String zone() {
		return zoneOfRequest().getID();
	}

	/**
	 * The learner's zone as the locale resolver found it; UTC when there is none (a guest, or a
	 * context without the portal's resolver), never the server's own zone.
	 */
	public static java.util.TimeZone zoneOfRequest() {
		return LocaleContextHolder.getLocaleContext() instanceof org.springframework.context.i18n.TimeZoneAwareLocaleContext aware
				&& aware.getTimeZone() != null ? aware.getTimeZone() : java.util.TimeZone.getTimeZone("UTC");
	}

	/** A whole number with the language's grouping: 12,345 / 12.345 / ١٢٬٣٤٥. */
	public String number(Number value) {
		return NumberFormat.getIntegerInstance(locale()).format(value);
	}

	/** A figure to a fixed number of decimals: 0.50 / 0,50; one that rounds to zero is never written "-0.00". */
	public String decimal(double value, int decimals) {
		double scale = Math.pow(10, decimals);
		double rounded = Math.round(value * scale) / scale;
		NumberFormat format = NumberFormat.getInstance(locale());
		format.setMinimumFractionDigits(decimals);
		format.setMaximumFractionDigits(decimals);
		return format.format(rounded == 0 ? 0.0 : rounded);
	}

	/** A share already in percent (85.4 → "85%", "85 %", "٨٥٪"), rounded to whole percent. */
	public String percent(Number percent) {
		return percentSign(Math.round(percent.doubleValue()));
	}

	/** A share in percent rounded down, so 69.9% never reads as a pass mark of 70%. */
	public String percentDown(double percent) {
		return percentSign((long) Math.floor(percent + 1e-9));
	}

	private static String percentSign(long whole) {
		com.ibm.icu.text.DecimalFormat format = PERCENT.computeIfAbsent(locale(), language -> {
			// Already in percent: the language's sign and spacing, without multiplying by 100 again.
			com.ibm.icu.text.DecimalFormat made = (com.ibm.icu.text.DecimalFormat) NumberFormat.getPercentInstance(language);
			made.setMultiplier(1);
			made.setMaximumFractionDigits(0);
			return made;
		});
		// ICU's formats keep state while they work: one thread at a time per format.
		synchronized (format) {
			return format.format(whole);
		}
	}

	private String format(TemporalAccessor when, String skeleton) {
		if (when == null) {
			return "";
		}
		ULocale locale = locale();
		// English keeps the patterns the portal always wrote (and "Sep", where en-GB's data has "Sept").
		DateFormat format = locale.getLanguage().equals("en")
				? new com.ibm.icu.text.SimpleDateFormat(ENGLISH.get(skeleton), ULocale.ENGLISH)
				: DateFormat.getInstanceForSkeleton(skeleton, locale);
		// A calendar day is the same day everywhere; an instant is shown in the learner's zone.
		boolean day = when instanceof LocalDate;
		Instant instant = day ? ((LocalDate) when).atStartOfDay(ZoneOffset.UTC).toInstant() : Instant.from(when);
		format.setTimeZone(day ? TimeZone.GMT_ZONE : TimeZone.getTimeZone(zoneOfRequest().getID()));
		return format.format(Date.from(instant));
	}

	/** English is written with British conventions, as the portal always did; the others as CLDR has them. */
	public static ULocale locale() {
		Locale locale = LocaleContextHolder.getLocale();
		return locale.getLanguage().equals("en") ? new ULocale("en_GB") : ULocale.forLocale(locale);
	}
}
