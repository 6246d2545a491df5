package io.lectern.quiz.grading;

import java.util.List;

/**
 * Why a response earned its fraction, as a message of the interface: the key of a sentence in the
 * {@code marking} messages and what fills it in. Grading knows no language; the pages that show a
 * grade say it in the reader's.
 *
 * @param key the message key, e.g. {@code marking.single.correct}
 * @param arguments the numbers and texts the sentence names: its {@code {0}}, {@code {1}} and so on, in that order
 */
public record Reason(String key, List<Object> arguments) {

	public Reason {
		arguments = List.copyOf(arguments);
	}

	static Reason of(String key, Object... arguments) {
		return new Reason(key, List.of(arguments));
	}

	/** The arguments as a message source takes them. */
	public Object[] argumentArray() {
		return arguments.toArray();
	}
}
