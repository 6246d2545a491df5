package io.lectern.progress.internal.mastery;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Mastery of a topic, in the style of Khan Academy: a score says how well the learner knows the
 * topic now, and mastery needs that knowledge to last.
 * <p>
 * The rule, in plain words. Go through the learner's answers to the topic's questions in the order
 * they were given, and keep only the latest fraction earned on each question: a question answered
 * wrongly and later rightly counts as right. The score is the mean of those latest fractions. Below
 * 70% the topic is <em>attempted</em>; from 70% up to, but not including, 100% it is
 * <em>familiar</em>; at 100% it is <em>proficient</em>. Proficient becomes <em>mastered</em> when
 * an answer given at least one day after the topic first reached 100% leaves it at 100%: a later
 * review confirms the knowledge stuck. Any answer that brings the score below 100% sets the level
 * back to what the score says, and the one-day wait starts again the next time the topic reaches
 * 100%. A topic without answers is <em>not started</em>, with a score of 0.
 * <p>
 * Scores are compared with a tolerance of one billionth, so that partial credits such as thirds,
 * summed and divided, still reach 70% or 100% when they should.
 */
public final class Mastery {

	static final double FAMILIAR_FROM = 0.7;

	static final Duration REVIEW_AFTER = Duration.ofDays(1);

	private static final double TOLERANCE = 1e-9;

	private Mastery() {
	}

	/**
	 * Folds one topic's answers into its mastery. Answers are put in time order first; those given
	 * at the same instant keep the order they came in.
	 */
	public static TopicMastery of(List<GradedAnswer> answersInTimeOrder) {
		List<GradedAnswer> answers = new ArrayList<>(answersInTimeOrder);
		answers.sort(Comparator.comparing(GradedAnswer::answeredAt));
		Map<String, Double> latest = new LinkedHashMap<>();
		double sum = 0;
		Instant proficientSince = null;
		boolean mastered = false;
		for (GradedAnswer answer : answers) {
			Double replaced = latest.put(answer.questionId(), answer.fraction());
			sum += answer.fraction() - (replaced == null ? 0 : replaced);
			if (isFull(sum / latest.size())) {
				if (proficientSince == null) {
					proficientSince = answer.answeredAt();
				}
				else if (!answer.answeredAt().isBefore(proficientSince.plus(REVIEW_AFTER))) {
					mastered = true;
				}
			}
			else {
				proficientSince = null;
				mastered = false;
			}
		}
		if (latest.isEmpty()) {
			return TopicMastery.notStarted();
		}
		// Averaged afresh, because a running sum drifts: 0.1, 0.3 and 0.6 each raised to 1 leave it at
		// 2.9999999999999996, and a dashboard should see exactly 1. There is a value to average: an
		// empty map returned "not started" above.
		double score = latest.values().stream().mapToDouble(Double::doubleValue).average().orElseThrow();
		return new TopicMastery(mastered ? Level.MASTERED : levelOf(score), score, latest.size());
	}

	private static Level levelOf(double score) {
		if (isFull(score)) {
			return Level.PROFICIENT;
		}
		return score >= FAMILIAR_FROM - TOLERANCE ? Level.FAMILIAR : Level.ATTEMPTED;
	}

	private static boolean isFull(double score) {
		return score >= 1 - TOLERANCE;
	}
}
