package io.lectern.quiz.grading;

import java.util.List;
import java.util.Map;

/**
 * What a learner answered, as sent by the form: never trusted, so every type copes with ids it
 * does not know, repeats and blanks.
 */
public sealed interface Response {

	/** Ticked or selected choice ids (single choice, multiple response, true/false). */
	record Choices(List<String> ids) implements Response {

		public Choices {
			ids = List.copyOf(ids);
		}
	}

	/** Typed text (short answer, numeric). */
	record Text(String value) implements Response {

		public Text {
			value = value == null ? "" : value;
		}
	}

	/** Item id to the option id the learner matched it with. */
	record Pairs(Map<String, String> matches) implements Response {

		public Pairs {
			matches = Map.copyOf(matches);
		}
	}

	/** Item ids in the order the learner put them. */
	record Order(List<String> ids) implements Response {

		public Order {
			ids = List.copyOf(ids);
		}
	}

	/** No answer at all. Every type grades it as 0. */
	record Blank() implements Response {
	}
}
