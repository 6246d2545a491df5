package io.lectern.quiz.internal.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Item analysis, to spot questions that need rewriting: one that nearly everyone gets right or
 * wrong, one that strong learners miss more often than weak ones, or one with a wrong answer many
 * learners fall for.
 * <p>
 * The rules, in plain words. Each question is measured over the attempts that included it. Its
 * <em>facility</em> is the mean fraction of its points those attempts earned. Its
 * <em>discrimination</em> is the Pearson correlation between the points it earned in each attempt
 * and the points the rest of that attempt earned: positive when learners who did well elsewhere
 * also did well here, negative for a question that misleads the strong. It is left out when fewer
 * than two attempts included the question, or when either side is the same in every attempt (to
 * within rounding error), because then there is nothing to correlate. Its <em>most common wrong
 * answer</em> is the wrong answer given most often; when two are given equally often, the one given
 * first wins.
 */
public final class ItemStatistics {

	/** Spreads smaller than this share of the values' own size are rounding error, not variation. */
	private static final double NO_SPREAD = 1e-12;

	private ItemStatistics() {
	}

	/**
	 * Reports on each question of {@code questionOrder}, in that order, once each. Questions that
	 * attempts include but the order leaves out, such as ones since removed from the quiz, get no
	 * report, though their points still count in the rest of each attempt.
	 */
	public static List<ItemReport> of(List<ScoredAttempt> attempts, List<String> questionOrder) {
		double[] earned = attempts.stream().mapToDouble(ScoredAttempt::earned).toArray();
		List<ItemReport> reports = new ArrayList<>();
		for (String questionId : new LinkedHashSet<>(questionOrder)) {
			reports.add(report(questionId, attempts, earned));
		}
		return reports;
	}

	private static ItemReport report(String questionId, List<ScoredAttempt> attempts, double[] earned) {
		List<Double> fractions = new ArrayList<>();
		List<Double> points = new ArrayList<>();
		List<Double> rest = new ArrayList<>();
		Map<String, Integer> wrongAnswers = new LinkedHashMap<>();
		for (int i = 0; i < attempts.size(); i++) {
			ItemScore item = attempts.get(i).items().get(questionId);
			if (item != null) {
				fractions.add(item.fraction());
				points.add(item.earned());
				rest.add(earned[i] - item.earned());
				item.wrongAnswer().ifPresent(answer -> wrongAnswers.merge(answer, 1, Integer::sum));
			}
		}
		Optional<Map.Entry<String, Integer>> common = mostCommon(wrongAnswers);
		return new ItemReport(questionId, fractions.size(), mean(fractions), correlation(points, rest),
				common.map(Map.Entry::getKey), common.map(Map.Entry::getValue).orElse(0));
	}

	/** The entry with the highest count; the first seen among equals, as the map keeps insertion order. */
	private static Optional<Map.Entry<String, Integer>> mostCommon(Map<String, Integer> counts) {
		Map.Entry<String, Integer> best = null;
		for (Map.Entry<String, Integer> entry : counts.entrySet()) {
			if (best == null || entry.getValue() > best.getValue()) {
				best = entry;
			}
		}
		return Optional.ofNullable(best);
	}

	/** The mean, and 0 for no values: a question nobody answered has earned nothing yet. */
	private static double mean(List<Double> values) {
		return values.stream().mapToDouble(Double::doubleValue).average().orElse(0);
	}

	/** Pearson's r, or empty when there are fewer than two pairs or either side does not vary. */
	static OptionalDouble correlation(List<Double> xs, List<Double> ys) {
		int n = xs.size();
		if (n < 2) {
			return OptionalDouble.empty();
		}
		double meanX = mean(xs);
		double meanY = mean(ys);
		double sxy = 0;
		double sxx = 0;
		double syy = 0;
		double squaresX = 0;
		double squaresY = 0;
		for (int i = 0; i < n; i++) {
			double dx = xs.get(i) - meanX;
			double dy = ys.get(i) - meanY;
			sxy += dx * dy;
			sxx += dx * dx;
			syy += dy * dy;
			squaresX += xs.get(i) * xs.get(i);
			squaresY += ys.get(i) * ys.get(i);
		}
		if (sxx <= NO_SPREAD * squaresX || syy <= NO_SPREAD * squaresY) {
			return OptionalDouble.empty();
		}
		// Rounding can carry r a hair past ±1.
		return OptionalDouble.of(Math.max(-1, Math.min(1, sxy / Math.sqrt(sxx * syy))));
	}
}
