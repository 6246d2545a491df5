package io.lectern.progress.internal.review;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Where one question stands in a learner's review queue, scheduled the SM-2 way (SuperMemo 2).
 * <p>
 * The rule, in plain words. Each answer is turned into a quality from 0 to 5: the fraction earned
 * times 5, rounded to the nearest whole number with halves rounded up ({@link Math#round(double)}),
 * so half marks give 3 and count as a success while 0.3 gives 2 and counts as a miss. A miss
 * (quality below 3) starts the question over: no successful repetitions, and the next review is due
 * one day later. A success adds one repetition; the first success is reviewed again after one day,
 * the second after six days, and every later one after the previous interval times the ease,
 * rounded to whole days. The ease starts at 2.5 and changes after every answer, success or miss, by
 * 0.1 − (5 − quality) × (0.08 + (5 − quality) × 0.02): up 0.1 for a perfect answer, unchanged at
 * quality 4, down 0.14 at quality 3 and down 0.8 at quality 0, but never below 1.3. The interval uses
 * the ease from before the answer. A review is due that many whole days (of 24 hours) after the
 * answer. After three successes in a row the question is retired and leaves the queue.
 *
 * @param repetitions successful answers in a row since the last miss
 * @param ease how fast the interval grows; at least 1.3
 * @param intervalDays days between the answer and the next review; at least 1
 * @param due when the next review is due
 */
public record ReviewCard(int repetitions, double ease, int intervalDays, Instant due) {

	static final double FIRST_EASE = 2.5;

	static final double LOWEST_EASE = 1.3;

	static final int RETIRE_AFTER = 3;

	private static final int LOWEST_SUCCESS = 3;

	public ReviewCard {
		Objects.requireNonNull(due, "due");
		if (repetitions < 0) {
			throw new IllegalArgumentException("Repetitions cannot be negative: " + repetitions);
		}
		if (Double.isNaN(ease) || ease < LOWEST_EASE) {
			throw new IllegalArgumentException("An ease is at least " + LOWEST_EASE + ", not " + ease);
		}
		if (intervalDays < 1) {
			throw new IllegalArgumentException("An interval is at least one day, not " + intervalDays);
		}
	}

	/** The card a question gets when a quiz answer to it falls short of full marks. */
	public static ReviewCard firstMiss(Instant answeredAt) {
		return new ReviewCard(0, FIRST_EASE, 1, answeredAt.plus(Duration.ofDays(1)));
	}

	/** The card after the learner reviews the question and earns {@code fraction} of its points. */
	public ReviewCard after(double fraction, Instant answeredAt) {
		Objects.requireNonNull(answeredAt, "answeredAt");
		int quality = quality(fraction);
		double nextEase = Math.max(LOWEST_EASE, ease + 0.1 - (5 - quality) * (0.08 + (5 - quality) * 0.02));
		if (quality < LOWEST_SUCCESS) {
			return new ReviewCard(0, nextEase, 1, answeredAt.plus(Duration.ofDays(1)));
		}
		int interval = switch (repetitions) {
			case 0 -> 1;
			case 1 -> 6;
			default -> Math.toIntExact(Math.round(intervalDays * ease));
		};
		return new ReviewCard(repetitions + 1, nextEase, interval, answeredAt.plus(Duration.ofDays(interval)));
	}

	/** Whether the question has been answered well often enough to leave the review queue. */
	public boolean retired() {
		return repetitions >= RETIRE_AFTER;
	}

	/** The fraction earned as an SM-2 quality from 0 to 5, halves rounded up. */
	static int quality(double fraction) {
		if (Double.isNaN(fraction) || fraction < 0 || fraction > 1) {
			throw new IllegalArgumentException("A fraction lies within [0, 1], not " + fraction);
		}
		return (int) Math.round(fraction * 5);
	}
}
