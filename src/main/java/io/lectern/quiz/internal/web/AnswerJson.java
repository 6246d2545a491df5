package io.lectern.quiz.internal.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.lectern.quiz.grading.Response;
import java.util.List;
import java.util.Map;

/**
 * An answer in the JSON API. Exactly one field is set, by question type: {@code choices} (single
 * choice, true/false, multiple response), {@code text} (short answer, numeric), {@code pairs}
 * (matching: item id to option id) or {@code order} (ordering: item ids, first to last).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record AnswerJson(List<String> choices, String text, Map<String, String> pairs, List<String> order) {

	private static final int MAX_VALUES = 100;

	static AnswerJson of(Response response) {
		if (response instanceof Response.Choices picked) {
			return new AnswerJson(picked.ids(), null, null, null);
		}
		if (response instanceof Response.Text typed) {
			return new AnswerJson(null, typed.value(), null, null);
		}
		if (response instanceof Response.Pairs matched) {
			return new AnswerJson(null, null, matched.matches(), null);
		}
		if (response instanceof Response.Order ordered) {
			return new AnswerJson(null, null, null, ordered.ids());
		}
		return null;
	}

	/** @throws InvalidAnswer when the answer is oversized or holds nulls */
	Response toResponse(String questionId) {
		int size = (choices == null ? 0 : choices.size()) + (pairs == null ? 0 : pairs.size())
				+ (order == null ? 0 : order.size());
		if (size > MAX_VALUES) {
			throw new InvalidAnswer("The answer to question \"" + questionId + "\" has more than " + MAX_VALUES + " values.");
		}
		if (text != null && text.length() > AnswerForm.MAX_TYPED) {
			throw new InvalidAnswer("An answer may be at most " + AnswerForm.MAX_TYPED + " characters long; question \""
					+ questionId + "\" has " + text.length() + ".");
		}
		try {
			if (choices != null) {
				return choices.isEmpty() ? new Response.Blank() : new Response.Choices(choices);
			}
			if (text != null) {
				return text.isBlank() ? new Response.Blank() : new Response.Text(text);
			}
			if (pairs != null) {
				return pairs.isEmpty() ? new Response.Blank() : new Response.Pairs(pairs);
			}
			return order == null || order.isEmpty() ? new Response.Blank() : new Response.Order(order);
		}
		catch (NullPointerException nullInside) {
			throw new InvalidAnswer("The answer to question \"" + questionId + "\" contains null values.");
		}
	}
}
