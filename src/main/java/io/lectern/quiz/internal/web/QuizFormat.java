package io.lectern.quiz.internal.web;

import com.ibm.icu.text.NumberFormat;
import io.lectern.i18n.LocalFormats;
import io.lectern.quiz.Quiz;
import java.time.Duration;
import java.time.Instant;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * How quiz pages write numbers, times and rules, so every page says them the same way, in the
 * reader's language: times in their time zone, named after it ("1 Dec 2026, 10:00 UTC").
 */
@Component
public class QuizFormat {

	private final MessageSource messages;
	private final LocalFormats formats;

	QuizFormat(MessageSource messages, LocalFormats formats) {
		this.messages = messages;
		this.formats = formats;
	}

	/** A percent rounded down, so 69.9% never shows as the pass mark of 70%. */
	public String percent(double percent) {
		return formats.percentDown(percent);
	}

	public String points(double points) {
		return message("quiz.points", number(points), points);
	}

	public String number(double points) {
		NumberFormat format = NumberFormat.getNumberInstance(LocalFormats.locale());
		format.setGroupingUsed(false);
		int digits = points == Math.rint(points) ? 0 : 2;
		format.setMinimumFractionDigits(digits);
		format.setMaximumFractionDigits(digits);
		return format.format(points);
	}

	public String when(Instant instant) {
		return message("quiz.when", formats.dateTime(instant), formats.zone());
	}

	public String iso(Instant instant) {
		return instant.toString();
	}

	public String duration(Duration duration) {
		String minutes = message("quiz.duration.minutes", duration.toMinutes());
		long seconds = duration.toSecondsPart();
		return seconds == 0 ? minutes : message("quiz.duration.minutesSeconds", minutes, seconds);
	}

	public String grading(Quiz.GradingMethod method) {
		return message("quiz.grading." + method.name().toLowerCase(java.util.Locale.ROOT));
	}

	private String message(String key, Object... args) {
		return messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}
}
