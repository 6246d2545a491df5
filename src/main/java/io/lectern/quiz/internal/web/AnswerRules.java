package io.lectern.quiz.internal.web;

import io.lectern.quiz.QuizQuestion;
import io.lectern.quiz.grading.Choice;
import io.lectern.quiz.grading.Matching;
import io.lectern.quiz.grading.Ordering;
import io.lectern.quiz.grading.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * What every answer goes through before it is stored, whether it came from the form or the API:
 * typed answers have a length limit, and only the ids a question knows are kept. Unknown ids earn
 * nothing anyway; dropping them keeps a stored answer as small as the author's own ids, whatever a
 * client sends.
 */
final class AnswerRules {

	/** Typed answers are short by nature; the limit keeps a stored response within its column. */
	static final int MAX_TYPED = 300;

	private AnswerRules() {
	}

	/** @throws InvalidAnswer for a typed answer over {@link #MAX_TYPED} characters */
	static Response apply(QuizQuestion question, Response response) {
		if (response instanceof Response.Text typed && typed.value().length() > MAX_TYPED) {
			throw new InvalidAnswer("refusal.answer.tooLong", MAX_TYPED, question.question().info().id(), typed.value().length());
		}
		if (response instanceof Response.Choices picked) {
			Set<String> known = Set.copyOf(question.choices().stream().map(Choice::id).toList());
			return orBlank(new Response.Choices(picked.ids().stream().filter(known::contains).distinct().toList()));
		}
		if (response instanceof Response.Pairs pairs && question.question() instanceof Matching matching) {
			Map<String, String> kept = new LinkedHashMap<>();
			pairs.matches().forEach((item, option) -> {
				if (matching.items().containsKey(item) && matching.options().contains(option)) {
					kept.put(item, option);
				}
			});
			return orBlank(new Response.Pairs(kept));
		}
		if (response instanceof Response.Order order && question.question() instanceof Ordering ordering) {
			return orBlank(new Response.Order(order.ids().stream().filter(ordering.order()::contains).distinct().toList()));
		}
		return response;
	}

	private static Response orBlank(Response response) {
		boolean empty = response instanceof Response.Choices choices && choices.ids().isEmpty()
				|| response instanceof Response.Pairs pairs && pairs.matches().isEmpty()
				|| response instanceof Response.Order order && order.ids().isEmpty();
		return empty ? new Response.Blank() : response;
	}
}
