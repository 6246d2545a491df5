package io.lectern.quiz.internal.web;

import io.lectern.quiz.QuizQuestion;
import io.lectern.quiz.grading.Matching;
import io.lectern.quiz.grading.MultipleResponse;
import io.lectern.quiz.grading.NumericAnswer;
import io.lectern.quiz.grading.Ordering;
import io.lectern.quiz.grading.Response;
import io.lectern.quiz.grading.ShortAnswer;
import io.lectern.quiz.grading.SingleChoice;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The attempt form's field names, and how a submitted form becomes responses. Only the fields of
 * the attempt's own questions are read; anything else the client sends (a "score", a "correct"
 * flag) is never looked at.
 */
final class AnswerForm {

	private AnswerForm() {
	}

	static String field(String questionId) {
		return "q-" + questionId;
	}

	/** One field per matching or ordering item. */
	static String field(String questionId, String itemId) {
		return field(questionId) + "/" + itemId;
	}

	/**
	 * @param questions the attempt's questions, as it started with them
	 * @param params the request's values of a field name, or null when absent
	 * @return a response for every question of the attempt; blank where nothing was given
	 */
	static Map<String, Response> read(List<QuizQuestion> questions, Function<String, String[]> params) {
		Map<String, Response> responses = new LinkedHashMap<>();
		for (QuizQuestion question : questions) {
			responses.put(question.question().info().id(), AnswerRules.apply(question, read(question, params)));
		}
		return responses;
	}

	private static Response read(QuizQuestion question, Function<String, String[]> params) {
		String id = question.question().info().id();
		if (question.question() instanceof SingleChoice || question.question() instanceof MultipleResponse) {
			String[] picked = params.apply(field(id));
			return picked == null || picked.length == 0 ? new Response.Blank() : new Response.Choices(List.of(picked));
		}
		if (question.question() instanceof ShortAnswer || question.question() instanceof NumericAnswer) {
			String typed = first(params.apply(field(id)));
			return typed.isBlank() ? new Response.Blank() : new Response.Text(typed);
		}
		if (question.question() instanceof Matching matching) {
			Map<String, String> pairs = new LinkedHashMap<>();
			for (String item : matching.items().keySet()) {
				String option = first(params.apply(field(id, item)));
				if (!option.isEmpty()) {
					pairs.put(item, option);
				}
			}
			return pairs.isEmpty() ? new Response.Blank() : new Response.Pairs(pairs);
		}
		if (question.question() instanceof Ordering ordering) {
			return order(id, ordering, params);
		}
		return new Response.Blank();
	}

	/**
	 * Items sorted by the position picked for each. Two items given the same position are put in
	 * the order of their ids: never the author's order, which would hand a correct answer to
	 * anyone who sends every item as position 1.
	 */
	private static Response order(String id, Ordering ordering, Function<String, String[]> params) {
		record Placed(String item, int position) {
		}
		List<Placed> placed = new ArrayList<>();
		for (String item : ordering.order()) {
			String position = first(params.apply(field(id, item)));
			if (position.matches("\\d{1,3}")) {
				placed.add(new Placed(item, Integer.parseInt(position)));
			}
		}
		if (placed.isEmpty()) {
			return new Response.Blank();
		}
		placed.sort(Comparator.comparingInt(Placed::position).thenComparing(Placed::item));
		return new Response.Order(placed.stream().map(Placed::item).toList());
	}

	private static String first(String[] values) {
		return values == null || values.length == 0 || values[0] == null ? "" : values[0];
	}
}
