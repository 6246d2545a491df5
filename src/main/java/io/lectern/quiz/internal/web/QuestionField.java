package io.lectern.quiz.internal.web;

import java.util.List;

/**
 * One question as the attempt page shows it, with the learner's saved answer filled in. It holds
 * nothing that tells a right answer from a wrong one: no correctness, feedback or explanation.
 *
 * @param type the type as the author wrote it ({@code true_false}, {@code matching}...)
 * @param name the form field, or for matching and ordering the prefix of one field per row
 * @param options the choices, the matching options, or the positions of an ordering
 * @param typed the saved text of a short or numeric answer
 * @param rows matching items or ordering items, each with the option or position picked for it
 * @param rule the credit rule as a message of the interface; {@code creditRule} is its English wording
 */
public record QuestionField(int number, String id, String type, String name, Kind kind, String prompt, String creditRule, double points,
		List<Option> options, String typed, List<Row> rows, CreditRules.Phrase rule) {

	public enum Kind {
		SINGLE, MULTIPLE, TEXT, NUMBER, MATCHING, ORDERING
	}

	/** A value the learner can pick; {@code label} is HTML. */
	public record Option(String value, String label, boolean selected) {
	}

	/** A matching or ordering item; {@code label} is HTML and {@code field} its form field. */
	public record Row(String id, String field, String label, List<Option> options) {
	}

	/** Which block of the attempt page draws the question: choices, text, number, matching or ordering. */
	public String layout() {
		return kind == Kind.SINGLE || kind == Kind.MULTIPLE ? "choices" : kind.name().toLowerCase(java.util.Locale.ROOT);
	}

	/** Radio buttons for one pick, checkboxes for several. */
	public String choiceInput() {
		return kind == Kind.MULTIPLE ? "checkbox" : "radio";
	}

	/** The element id prefix for this question's labels and controls. */
	public String domId() {
		return "q" + number;
	}
}
