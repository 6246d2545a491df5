package io.lectern.authoring;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;

/**
 * A lesson within its course, as its URL names it: the last part of
 * {@code /courses/{course}/{lesson}}, from the file's name or its {@code permalink}.
 * It is written and read as the bare text, in JSON and in the database alike.
 */
public record LessonSlug(@JsonValue String value) implements Comparable<LessonSlug> {

	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public LessonSlug {
		AuthorsName.checked("lesson slug", value);
	}

	public static LessonSlug of(String value) {
		return new LessonSlug(value);
	}

	/**
	 * The lesson a URL or a form names, or empty when its text could name none; a page asked for by
	 * such text is simply not found.
	 */
	public static Optional<LessonSlug> read(String text) {
		return AuthorsName.fits(text) ? Optional.of(new LessonSlug(text)) : Optional.empty();
	}

	@Override
	public int compareTo(LessonSlug other) {
		return value.compareTo(other.value);
	}

	@Override
	public String toString() {
		return value;
	}
}
