package io.lectern.quiz.internal.web;

import io.lectern.quiz.grading.Choice;
import io.lectern.quiz.grading.Matching;
import io.lectern.quiz.grading.MultipleResponse;
import io.lectern.quiz.grading.NumericAnswer;
import io.lectern.quiz.grading.Ordering;
import io.lectern.quiz.grading.Question;
import io.lectern.quiz.grading.ShortAnswer;
import java.util.List;

/**
 * A question's credit rule as a message of the interface, so the attempt page states it in the
 * reader's language. Grading stays pure Java and keeps its own English wording for the JSON API.
 */
final class CreditRules {

	/** A message key and its arguments; an empty key means the question has no rule to tell. */
	record Phrase(String key, List<Object> args) {

		static final Phrase NONE = new Phrase("", List.of());

		public Object[] arguments() {
			return args.toArray();
		}

		public boolean present() {
			return !key.isEmpty();
		}
	}

	private CreditRules() {
	}

	static Phrase of(Question question) {
		if (question instanceof MultipleResponse multiple) {
			long correct = multiple.choices().stream().filter(Choice::correct).count();
			return multiple.scoring() == MultipleResponse.Scoring.ALL_OR_NOTHING ? new Phrase("quiz.rule.allOrNothing", List.of())
					: new Phrase("quiz.rule.partial", List.of(correct));
		}
		if (question instanceof ShortAnswer) {
			return new Phrase("quiz.rule.shortAnswer", List.of());
		}
		if (question instanceof NumericAnswer numeric) {
			return numeric.tolerance().signum() == 0 ? new Phrase("quiz.rule.exact", List.of())
					: new Phrase("quiz.rule.tolerance", List.of(numeric.tolerance().toPlainString()));
		}
		if (question instanceof Matching matching) {
			return new Phrase("quiz.rule.matching", List.of(matching.items().size()));
		}
		if (question instanceof Ordering ordering) {
			return new Phrase("quiz.rule.ordering", List.of(ordering.order().size() - 1));
		}
		return Phrase.NONE;
	}
}
