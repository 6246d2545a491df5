package io.lectern.quiz.internal.report;

import io.lectern.quiz.QuizQuestion;
import io.lectern.quiz.grading.Choice;
import io.lectern.quiz.grading.Matching;
import io.lectern.quiz.grading.NumericAnswer;
import io.lectern.quiz.grading.Response;
import io.lectern.quiz.grading.ShortAnswer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * A learner's answer in a few words, so an instructor can read the most common wrong answer at a
 * glance: the texts of the chosen choices, the typed text, "item → option" pairs for matching, and
 * the items in the learner's order for ordering.
 * <p>
 * The same answer must read the same every time, or equal answers would be counted apart: choices
 * are listed in the author's order whatever order the page showed them in, pairs in the author's
 * item order, and typed text as its question compares it: a short answer in lower case with runs of
 * whitespace made one space, a number without spaces. Ids the question does not know are written as
 * they came. A blank answer has no words.
 */
public final class AnswerWords {

	/** Longer answers are cut: a report row shows the gist, not an essay. */
	static final int MAX_LENGTH = 120;

	private final QuizQuestion question;
	private final UnaryOperator<String> plain;

	/** @param plain turns an author's Markdown label into plain text */
	public AnswerWords(QuizQuestion question, UnaryOperator<String> plain) {
		this.question = question;
		this.plain = plain;
	}

	public Optional<String> of(Response response) {
		return Optional.of(full(response)).filter(text -> !text.isBlank()).map(text -> PlainText.shorten(text, MAX_LENGTH));
	}

	/** The words uncut, empty for a blank answer. */
	String full(Response response) {
		String words = "";
		if (response instanceof Response.Choices choices) {
			words = String.join("; ", chosen(choices.ids()));
		}
		else if (response instanceof Response.Text text) {
			words = typed(text.value());
		}
		else if (response instanceof Response.Pairs pairs) {
			words = String.join("; ", pairs(pairs));
		}
		else if (response instanceof Response.Order order) {
			words = String.join(" → ", order.ids().stream().map(this::label).toList());
		}
		return words;
	}

	/** Typed text as the question grades it, so "SSE-KMS" and " sse-kms" count as one answer. */
	private String typed(String text) {
		if (question.question() instanceof ShortAnswer) {
			return PlainText.oneLine(text).toLowerCase(Locale.ROOT);
		}
		return question.question() instanceof NumericAnswer ? text.replace(" ", "").strip() : PlainText.oneLine(text);
	}

	private List<String> chosen(List<String> ids) {
		List<String> texts = new ArrayList<>();
		for (Choice choice : question.choices()) {
			if (ids.contains(choice.id())) {
				texts.add(plain.apply(choice.text()));
			}
		}
		ids.stream()
			.distinct()
			.filter(id -> question.choices().stream().noneMatch(choice -> choice.id().equals(id)))
			.forEach(texts::add);
		return texts;
	}

	private List<String> pairs(Response.Pairs pairs) {
		List<String> items = new ArrayList<>(
				question.question() instanceof Matching matching ? matching.items().keySet() : List.of());
		pairs.matches().keySet().stream().sorted().filter(item -> !items.contains(item)).forEach(items::add);
		List<String> lines = new ArrayList<>();
		for (String item : items) {
			String option = pairs.matches().get(item);
			if (option != null && !option.isBlank()) {
				lines.add(label(item) + " → " + label(option));
			}
		}
		return lines;
	}

	private String label(String id) {
		String text = question.labels().get(id);
		return text == null ? id : plain.apply(text);
	}
}
