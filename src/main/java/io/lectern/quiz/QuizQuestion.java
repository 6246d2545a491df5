package io.lectern.quiz;

import io.lectern.quiz.grading.Choice;
import io.lectern.quiz.grading.MultipleResponse;
import io.lectern.quiz.grading.Question;
import io.lectern.quiz.grading.SingleChoice;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
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

	/** The choices of a single-choice, true/false or multiple-response question; none for other types. */
	public List<Choice> choices() {
		if (question instanceof SingleChoice single) {
			return single.choices();
		}
		return question instanceof MultipleResponse multiple ? multiple.choices() : List.of();
	}
}
