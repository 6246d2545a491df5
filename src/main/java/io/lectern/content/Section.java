package io.lectern.content;

import java.util.List;

/**
 * A titled group of lessons within a course. A course without sections has one untitled section.
 * Besides lessons, a section may list links to outside pages where its table of contents put them.
 *
 * @param items lessons and outside links, in navigation order
 */
public record Section(String title, List<? extends Item> items) {

	/** One line of a section's navigation: a lesson, or a link to a page outside the portal. */
	public sealed interface Item permits Lesson, ExternalLink {

		String title();

		String url();

		/** The title in the course's navigation, which may be shorter than the page's own. */
		default String navigationTitle() {
			return title();
		}

		default boolean external() {
			return false;
		}
	}

	public Section {
		items = List.copyOf(items);
	}

	/** The section's lessons in order, without its outside links. */
	public List<Lesson> lessons() {
		return items.stream().filter(Lesson.class::isInstance).map(Lesson.class::cast).toList();
	}

	public boolean titled() {
		return title != null && !title.isBlank();
	}
}
