package io.lectern.progress.internal.reports;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * How instructor reports write their figures in CSV files, which spreadsheets read whatever the
 * reader's language: plain digits, a dot for decimals, times in UTC. Pages write them in their
 * reader's language through the i18n module's formats.
 */
public final class ReportFormat {

	static final ReportFormat INSTANCE = new ReportFormat();

	/** Written where a figure cannot be worked out, as for a question nobody has answered yet. */
	static final String NONE = "–";

	/** A form spreadsheets read as a date and time. */
	private static final DateTimeFormatter CSV_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT)
		.withZone(ZoneOffset.UTC);

	private ReportFormat() {
	}

	/**
	 * A score in whole percent, rounded down as quiz pages show it: 69.9% is not yet the 70% a pass
	 * mark may ask for.
	 */
	public String score(double percent) {
		return (long) Math.floor(percent + 1e-9) + "";
	}

	/** A fraction from 0 to 1 in whole percent, rounded to the nearest. */
	public String fractionPercent(double fraction) {
		return Math.round(fraction * 100) + "";
	}

	/** A correlation to two decimals, or {@link #NONE}. */
	public String correlation(OptionalDouble value) {
		if (value.isEmpty()) {
			return NONE;
		}
		// Rounding error around zero would otherwise print as "-0.00".
		double rounded = Math.round(value.getAsDouble() * 100) / 100.0;
		return String.format(Locale.ROOT, "%.2f", rounded == 0 ? 0.0 : rounded);
	}

	public String csvWhen(Instant instant) {
		return CSV_TIME.format(instant);
	}
}
