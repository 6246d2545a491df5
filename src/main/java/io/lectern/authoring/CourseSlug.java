package io.lectern.authoring;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;

/**
 * A course as URLs, records and events name it: the part of {@code /courses/{course}} that
 * the author's folder name or {@code course.yml}'s {@code slug:} gave it.
 * It is written and read as the bare text, in JSON and in the database alike.
 */
public record CourseSlug(@JsonValue String value) implements Comparable<CourseSlug> {

	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public CourseSlug {
		AuthorsName.checked("course slug", value);
	}

	public static CourseSlug of(String value) {
		return new CourseSlug(value);
	}

	/**
	 * The course a URL or a form names, or empty when its text could name none; a page asked for by
	 * such text is simply not found.
	 */
	public static Optional<CourseSlug> read(String text) {
		return AuthorsName.fits(text) ? Optional.of(new CourseSlug(text)) : Optional.empty();
	}

	@Override
	public int compareTo(CourseSlug other) {
		return value.compareTo(other.value);
	}

	@Override
	public String toString() {
		return value;
	}
}
