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

	/** @throws InvalidAnswer when the answer holds nulls */
	Response toResponse(String questionId) {
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
			throw new InvalidAnswer("refusal.answer.nullValues", questionId);
		}
	}
}
