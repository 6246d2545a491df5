package io.lectern.content;

import java.util.List;

/**
 * A titled group of lessons within a course. A course without sections has one untitled section.
 */
public record Section(String title, List<Lesson> lessons) {

	public Section {
		lessons = List.copyOf(lessons);
	}

	public boolean titled() {
		return title != null && !title.isBlank();
	}
}
