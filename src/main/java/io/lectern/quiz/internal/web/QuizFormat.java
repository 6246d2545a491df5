package io.lectern.quiz.internal.web;

import io.lectern.quiz.Quiz;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How quiz pages write numbers, times and rules, so every page says them the same way. */
public final class QuizFormat {

	static final QuizFormat INSTANCE = new QuizFormat();

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
		.withZone(ZoneOffset.UTC);

	private QuizFormat() {
	}

	public String percent(double percent) {
		return String.format(Locale.ROOT, "%.0f%%", Math.floor(percent + 1e-9));
	}

	public String points(double points) {
		return number(points) + (points == 1 ? " point" : " points");
	}

	public String number(double points) {
		return points == Math.rint(points) ? String.valueOf((long) points) : String.format(Locale.ROOT, "%.2f", points);
	}

	public String when(Instant instant) {
		return WHEN.format(instant);
	}

	public String iso(Instant instant) {
		return instant.toString();
	}

	public String duration(Duration duration) {
		long minutes = duration.toMinutes();
		long seconds = duration.toSecondsPart();
		String text = minutes == 1 ? "1 minute" : minutes + " minutes";
		return seconds == 0 ? text : text + " " + seconds + " s";
	}

	public String grading(Quiz.GradingMethod method) {
		return switch (method) {
			case HIGHEST -> "your best attempt counts";
			case LATEST -> "your latest attempt counts";
			case FIRST -> "your first attempt counts";
			case AVERAGE -> "the average of your attempts counts";
		};
	}
}
