package io.lectern.content;

import java.util.List;
import java.util.Optional;

/**
 * What a lesson's front matter says about it besides its title, as MyST pages have it.
 *
 * @param subtitle shown under the title
 * @param shortTitle the title in navigation, where the full one is too long: the one the course's table of
 *     contents gives the page ({@code title} beside its {@code file}), else the front matter's {@code short_title}
 * @param authors names, in the order written
 * @param date as the author wrote it
 * @param id the identity the author gave the lesson ({@code id}), which stays when its file is renamed
 * @param number the lesson's number from its place in the course, shown before its title, when its
 *     numbering asks for one (mystmd's {@code title}, Jupyter Book's {@code numbered}); else empty
 */
public record LessonDetails(Optional<String> subtitle, Optional<String> shortTitle, List<String> authors,
		Optional<String> date, Optional<String> id, String number) {

	public static final LessonDetails NONE = new LessonDetails(Optional.empty(), Optional.empty(), List.of(), Optional.empty());

	public LessonDetails {
		authors = List.copyOf(authors);
	}

	public LessonDetails(Optional<String> subtitle, Optional<String> shortTitle, List<String> authors, Optional<String> date,
			Optional<String> id) {
		this(subtitle, shortTitle, authors, date, id, "");
	}

	public LessonDetails(Optional<String> subtitle, Optional<String> shortTitle, List<String> authors, Optional<String> date) {
		this(subtitle, shortTitle, authors, date, Optional.empty());
	}

	/** What navigation calls a lesson titled {@code title}: its short title, when it has one. */
	public String navigationTitle(String title) {
		return shortTitle.orElse(title);
	}

	/** The same details for a lesson the table of contents names {@code title} in navigation. */
	public LessonDetails namedInNavigation(String title) {
		return new LessonDetails(subtitle, Optional.of(title), authors, date, id, number);
	}

	/** The same details for a lesson numbered {@code number} in its course. */
	public LessonDetails numbered(String number) {
		return new LessonDetails(subtitle, shortTitle, authors, date, id, number);
	}
}
