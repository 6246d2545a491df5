package io.lectern.quiz.internal.report;

import io.lectern.quiz.QuizQuestion;
import io.lectern.quiz.grading.Matching;
import io.lectern.quiz.grading.NumericAnswer;
import io.lectern.quiz.grading.Ordering;
import io.lectern.quiz.grading.Response;
import io.lectern.quiz.grading.ShortAnswer;
import io.lectern.quiz.grading.Choice;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * A question's correct answer in words, as a report names it: the texts of the correct choices, the
 * accepted answers, the number with its tolerance, the right pairs or the right order. Two versions
 * of a question with the same words grade the same answers the same way, as far as an instructor
 * reading figures can tell; versions whose words differ are analysed apart.
 */
public final class AnswerKey {

	private AnswerKey() {
	}

	/** @param plain turns an author's Markdown label into plain text */
	public static String of(QuizQuestion question, UnaryOperator<String> plain) {
		AnswerWords words = new AnswerWords(question, plain);
		if (question.question() instanceof ShortAnswer typed) {
			return typed.accepted().stream()
				.map(accepted -> accepted.text() != null ? accepted.text() : "/" + accepted.pattern().pattern() + "/")
				.collect(Collectors.joining(" | "));
		}
		if (question.question() instanceof NumericAnswer numeric) {
			return numeric.answer().toPlainString()
					+ (numeric.tolerance().signum() == 0 ? "" : " ± " + numeric.tolerance().toPlainString());
		}
		Response right;
		if (question.question() instanceof Matching matching) {
			right = new Response.Pairs(matching.items());
		}
		else if (question.question() instanceof Ordering ordering) {
			right = new Response.Order(ordering.order());
		}
		else {
			right = new Response.Choices(question.choices().stream().filter(Choice::correct).map(Choice::id).toList());
		}
		return words.full(right);
	}
}
