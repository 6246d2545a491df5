package io.lectern.progress.internal.mastery;

import java.util.Objects;

/**
 * Where a learner stands with one topic.
 *
 * @param score mean of the latest fraction earned on each question answered, within [0, 1]
 * @param questionsAnswered how many distinct questions of the topic the learner has answered
 */
public record TopicMastery(Level level, double score, int questionsAnswered) {

	public TopicMastery {
		Objects.requireNonNull(level, "level");
		if (Double.isNaN(score) || score < 0 || score > 1) {
			throw new IllegalArgumentException("A score lies within [0, 1], not " + score);
		}
		if (questionsAnswered < 0) {
			throw new IllegalArgumentException("Questions answered cannot be negative: " + questionsAnswered);
		}
	}

	static TopicMastery notStarted() {
		return new TopicMastery(Level.NOT_STARTED, 0, 0);
	}
}
