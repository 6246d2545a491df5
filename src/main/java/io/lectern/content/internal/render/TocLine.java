package io.lectern.content.internal.render;

import java.util.List;

/**
 * One line of the list Jupyter Book's {@code {tableofcontents}} shows of the pages a table of
 * contents nests under a page: a lesson of the course with the lessons under it, a link to an
 * outside page, or a captioned group of lines (a book's part, under its root).
 */
public sealed interface TocLine {

	/**
	 * @param url the lesson's address in the portal; its title is the one the course's navigation
	 *     shows, known once every lesson of the course is read
	 */
	record Page(String url, List<TocLine> children) implements TocLine {

		public Page {
			children = List.copyOf(children);
		}
	}

	record Outside(String title, String url) implements TocLine {
	}

	/** @param caption null for lines the table of contents grouped without one */
	record Group(String caption, List<TocLine> lines) implements TocLine {

		public Group {
			lines = List.copyOf(lines);
		}
	}
}
