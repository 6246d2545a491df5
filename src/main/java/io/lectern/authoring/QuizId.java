package io.lectern.authoring;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;

/**
 * A quiz as its {@code id:} in the {@code .quiz.yml} file names it; attempts, scores, review cards
 * and certificate rules all key on it.
 * It is written and read as the bare text, in JSON and in the database alike.
 */
public record QuizId(@JsonValue String value) implements Comparable<QuizId> {

	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public QuizId {
		AuthorsName.checked("quiz id", value);
	}

	public static QuizId of(String value) {
		return new QuizId(value);
	}

	/**
	 * The quiz a URL or a form names, or empty when its text could name none; a page asked for by
	 * such text is simply not found.
	 */
	public static Optional<QuizId> read(String text) {
		return AuthorsName.fits(text) ? Optional.of(new QuizId(text)) : Optional.empty();
	}

	@Override
	public int compareTo(QuizId other) {
		return value.compareTo(other.value);
	}

	@Override
	public String toString() {
		return value;
	}
}
