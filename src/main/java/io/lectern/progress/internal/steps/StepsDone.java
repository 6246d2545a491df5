package io.lectern.progress.internal.steps;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a learner has done of the steps that courses count, as their progress rows say.
 *
 * @param lessons when they completed each lesson they completed, by course slug and then lesson source
 * @param quizzesPassed the ids of the quizzes they passed
 */
public record StepsDone(Map<String, Map<String, Instant>> lessons, Set<String> quizzesPassed) {

	public StepsDone {
		lessons = lessons.entrySet()
			.stream()
			.collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, course -> Map.copyOf(course.getValue())));
		quizzesPassed = Set.copyOf(quizzesPassed);
	}

	/** When they completed each lesson of the course they completed, by source. */
	public Map<String, Instant> lessonsOf(String courseSlug) {
		return lessons.getOrDefault(courseSlug, Map.of());
	}
}
