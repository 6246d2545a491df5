package io.lectern.progress.internal.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The geometry of a "quiz scores over time" chart, in SVG user units, for the
 * {@code progress/chart :: scoreChart} template to draw; the template writes all the markup, so
 * Thymeleaf escapes every text.
 * <p>
 * Attempts are spaced evenly in the order they were graded, each in the middle of an equal slot,
 * rather than by time: ten attempts on one day stay as readable as ten a week apart, and a single
 * attempt sits in the centre. The score runs from 0% at the bottom of the plot to 100% at the top.
 * At most six dates label the x axis, the first and last attempts' among them, and a date is not
 * repeated next to itself. Dates are days in the learner's time zone, and every text is in the
 * reader's language, as {@link ChartWords} writes it.
 *
 * @param width the width of the viewBox
 * @param height the height of the viewBox
 * @param plot the area inside the axes
 * @param yTicks the score gridlines, from 0% up to 100%
 * @param xLabels the dates under the plot, left to right
 * @param dots one per attempt, in the order given
 * @param path an SVG path through the dots in order; empty without dots
 * @param summary the chart in one sentence, for its description
 */
public record ScoreChart(int width, int height, Plot plot, List<Tick> yTicks, List<AxisLabel> xLabels, List<Dot> dots,
		String path, String summary) {

	static final int WIDTH = 640;

	static final int HEIGHT = 240;

	static final Plot PLOT = new Plot(48, 16, 576, 192);

	static final int MOST_X_LABELS = 6;

	public ScoreChart {
		yTicks = List.copyOf(yTicks);
		xLabels = List.copyOf(xLabels);
		dots = List.copyOf(dots);
	}

	/** The area inside the axes: its left and top edges, width and height. */
	public record Plot(int left, int top, int width, int height) {

		public int right() {
			return left + width;
		}

		public int bottom() {
			return top + height;
		}
	}

	/** A score gridline at height {@code y}, labelled such as "50%". */
	public record Tick(double y, String label) {
	}

	/** A date under the plot, centred on {@code x}. */
	public record AxisLabel(double x, String text) {
	}

	/**
	 * One attempt's mark, centred on ({@code x}, {@code y}).
	 *
	 * @param label the attempt in words, such as "Encryption check, 3 Nov 2026: 85% (passed)"
	 */
	public record Dot(double x, double y, boolean passed, String label) {
	}

	/** The chart of the given attempts, which are in the order they were graded. */
	public static ScoreChart of(List<ScorePoint> pointsInTimeOrder, ChartWords words) {
		List<ScorePoint> points = List.copyOf(pointsInTimeOrder);
		List<Tick> ticks = new ArrayList<>();
		for (int percent = 0; percent <= 100; percent += 25) {
			ticks.add(new Tick(y(percent), words.percent(percent)));
		}
		List<Dot> dots = new ArrayList<>();
		for (int i = 0; i < points.size(); i++) {
			ScorePoint point = points.get(i);
			dots.add(new Dot(x(i, points.size()), y(point.percent()), point.passed(), label(point, words)));
		}
		return new ScoreChart(WIDTH, HEIGHT, PLOT, ticks, xLabels(points, dots, words), dots, path(dots),
				summary(points, words));
	}

	/** Whether there is nothing to plot, so that the page can say so instead. */
	public boolean isEmpty() {
		return dots.isEmpty();
	}

	private static double x(int index, int count) {
		return tenths(PLOT.left() + (index + 0.5) * PLOT.width() / count);
	}

	private static double y(double percent) {
		return tenths(PLOT.bottom() - percent / 100 * PLOT.height());
	}

	/** Up to six points, spread from the first to the last, each labelled unless its date was just shown. */
	private static List<AxisLabel> xLabels(List<ScorePoint> points, List<Dot> dots, ChartWords words) {
		int count = Math.min(points.size(), MOST_X_LABELS);
		List<AxisLabel> labels = new ArrayList<>();
		String previous = null;
		for (int k = 0; k < count; k++) {
			int index = count == 1 ? 0 : (int) Math.round(k * (points.size() - 1) / (double) (count - 1));
			String text = words.day(points.get(index).gradedAt());
			if (!text.equals(previous)) {
				labels.add(new AxisLabel(dots.get(index).x(), text));
			}
			previous = text;
		}
		return labels;
	}

	private static String label(ScorePoint point, ChartWords words) {
		return words.say(point.passed() ? "chart.dot.passed" : "chart.dot.notPassed", point.quizTitle(),
				words.date(point.gradedAt()), words.percent(tenths(point.percent())));
	}

	private static String path(List<Dot> dots) {
		return dots.stream()
			.map(dot -> number(dot.x()) + "," + number(dot.y()))
			.collect(Collectors.joining(" L", dots.isEmpty() ? "" : "M", ""));
	}

	private static String summary(List<ScorePoint> points, ChartWords words) {
		if (points.isEmpty()) {
			return words.say("chart.summary.none");
		}
		return words.say("chart.summary", points.size(), words.percent(tenths(points.get(0).percent())),
				words.percent(tenths(points.get(points.size() - 1).percent())));
	}

	/** A number with at most one decimal, and none when it is whole, whatever the default locale. */
	static String number(double value) {
		String text = String.format(Locale.ROOT, "%.1f", tenths(value));
		return text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
	}

	private static double tenths(double value) {
		return Math.round(value * 10) / 10.0;
	}
}
