package io.lectern.quiz.internal.web;

import io.lectern.quiz.grading.Reason;
import java.util.List;

/**
 * One question of a submitted attempt as the review shows it. What the quiz's review options hold
 * back is simply absent: empty lists and strings, a null verdict.
 *
 * @param yourAnswer what the learner gave, as HTML fragments; empty for no answer
 * @param correctAnswer the right answer as HTML fragments; empty while it is held back
 * @param feedback the author's feedback on what the learner gave, as text
 * @param explanation HTML, or empty
 * @param working how the fraction was computed, in English for the JSON API, or empty
 * @param reason the same as a message of the interface, for the pages; null while held back
 * @param verdict right, partly right or wrong; null while held back
 */
public record QuestionReview(int number, String id, String prompt, double points, double earned, Verdict verdict, List<String> yourAnswer,
		List<String> correctAnswer, List<String> feedback, String explanation, String working, Reason reason,
		String lessonLink) {

	public enum Verdict {
		CORRECT("Correct"), PARTLY_CORRECT("Partly correct"), INCORRECT("Incorrect");

		private final String label;

		Verdict(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}

		public String css() {
			return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
		}

		static Verdict of(double fraction) {
			return fraction >= 1 ? CORRECT : fraction > 0 ? PARTLY_CORRECT : INCORRECT;
		}
	}
}
