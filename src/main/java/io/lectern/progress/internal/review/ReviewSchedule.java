package io.lectern.progress.internal.review;

/**
 * Which questions go into a learner's review queue. A question enters when a graded quiz answer to
 * it earns less than full marks, with {@link ReviewCard#firstMiss}; each review then moves its card
 * on with {@link ReviewCard#after}, and the question leaves the queue once its card is
 * {@link ReviewCard#retired() retired}.
 */
public final class ReviewSchedule {

	private ReviewSchedule() {
	}

	/** Whether a quiz answer earning {@code fraction} of the question's points puts it in the queue. */
	public static boolean needsReview(double fraction) {
		if (Double.isNaN(fraction) || fraction < 0 || fraction > 1) {
			throw new IllegalArgumentException("A fraction lies within [0, 1], not " + fraction);
		}
		return fraction < 1;
	}
}
