package io.lectern.quiz.internal.web;

import io.lectern.quiz.grading.Reason;
import java.util.List;
import org.springframework.web.util.HtmlUtils;

/**
 * One question of a submitted attempt as the review shows it. What the quiz's review options hold
 * back is simply absent: empty lists and strings, a null verdict.
 *
 * @param yourAnswer what the learner gave, as HTML fragments; empty for no answer
 * @param correctAnswer the right answer, part by part; empty while it is held back
 * @param feedback the author's feedback on what the learner gave, as text
 * @param explanation HTML, or empty
 * @param working how the fraction was computed, in English for the JSON API, or empty
 * @param reason the same as a message of the interface, for the pages; null while held back
 * @param verdict right, partly right or wrong; null while held back
 */
public record QuestionReview(int number, String id, String prompt, double points, double earned, Verdict verdict, List<String> yourAnswer,
		List<CorrectPart> correctAnswer, List<String> feedback, String explanation, String working, Reason reason,
		String lessonLink) {

	/**
	 * A part of the correct answer: the author's words as HTML, or the pattern that accepts an
	 * answer, which the page puts in a sentence of the reader's language ("any answer matching …").
	 *
	 * @param html the part as HTML, or null for a pattern
	 * @param pattern the regular expression as the author wrote it, or null
	 */
	public record CorrectPart(String html, String pattern) {

		/** The JSON API's wording, in English like {@code working}: one stable text for scripts. */
		static final String MATCHING = "any answer matching ";

		static CorrectPart of(String html) {
			return new CorrectPart(html, null);
		}

		static CorrectPart matching(String pattern) {
			return new CorrectPart(null, pattern);
		}

		public boolean isPattern() {
			return pattern != null;
		}

		/** The pattern as code, escaped, for the sentence the page puts it in; patterns read left to right. */
		public String patternHtml() {
			return "<code dir=\"ltr\">" + HtmlUtils.htmlEscape(pattern) + "</code>";
		}

		/** As the JSON API gives it: HTML, a pattern in English words. */
		public String inEnglish() {
			return isPattern() ? HtmlUtils.htmlEscape(MATCHING + pattern) : html;
		}
	}

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
