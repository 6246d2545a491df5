package io.lectern.quiz;

import io.lectern.quiz.grading.Question;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A question of a quiz: its grading definition plus what the page shows for the ids it uses.
 *
 * @param type the type as the author wrote it ({@code single_choice}, {@code matching}...)
 * @param labels display text, in Markdown, of matching items and options and of ordering items, by id
 */
public record QuizQuestion(String type, Question question, Map<String, String> labels) {

	public QuizQuestion {
		// The author's order is the display order of matching options.
		labels = Collections.unmodifiableMap(new LinkedHashMap<>(labels));
	}
}
