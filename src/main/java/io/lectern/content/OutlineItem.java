package io.lectern.content;

/** One line of a course's navigation: a lesson, a link to a page outside the portal, or a sub-section. */
public sealed interface OutlineItem permits Lesson, ExternalLink, Section {

	String title();

	/** Where the line leads; a sub-section without a page of its own leads nowhere ({@code null}). */
	String url();

	/** The title in the course's navigation, which may be shorter than the page's own. */
	default String navigationTitle() {
		return title();
	}

	default boolean external() {
		return false;
	}

	/** Whether this line is a sub-section, whose {@link Section#items()} the navigation lists beneath it. */
	default boolean nested() {
		return false;
	}
}
