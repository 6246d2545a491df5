package io.lectern.content.internal.render;

import java.util.List;
import java.util.Optional;

/**
 * Turns the link and image destinations a lesson was written with into URLs of the portal. It
 * knows the content folder; the renderer only knows Markdown.
 */
public interface LinkResolver {

	/**
	 * @param line the 1-based line of the lesson file the link is written on, for problem reports
	 * @return the destination to render, or empty to drop the link and keep its text
	 */
	Optional<String> link(String destination, int line);

	/** @return the image source to render, or empty to drop the image and keep its alt text */
	Optional<String> image(String source, int line);

	/**
	 * A lesson named as MyST's {@code {doc}} role names one: a path relative to this lesson, with or
	 * without its extension.
	 *
	 * @return the lesson's URL, or empty when there is none (reported)
	 */
	default Optional<String> page(String path, int line) {
		return link(path, line);
	}

	/**
	 * Whether a destination written as a bare name, with no folder, extension or scheme
	 * ({@code [see](setup)}), is a file or lesson of the course. When it is not, MyST reads the name
	 * as a label: MyST-Parser resolves such a link as Sphinx's {@code any} role does, and mystmd as
	 * {@code [see](#setup)}.
	 */
	default boolean isFile(String name) {
		return true;
	}

	/**
	 * @param remoteSource an image on another site, as a lesson's raw HTML names it
	 * @return the portal's URL for its own copy of it, if it keeps one; without, it shows as a link
	 */
	default Optional<String> localCopy(String remoteSource) {
		return Optional.empty();
	}

	/**
	 * The pages the course's table of contents nests under this lesson, as Jupyter Book's
	 * {@code {tableofcontents}} lists them; none when it nests none there, or the course has no
	 * table of contents that nests pages (a folder, a {@code course.yml}).
	 */
	default List<TocLine> childPages() {
		return List.of();
	}

	/**
	 * Every page of the course as its table of contents nests them, for mystmd's {@code {toc}} of the
	 * project; none outside a course.
	 */
	default List<TocLine> coursePages() {
		return List.of();
	}

	/**
	 * What {@code {tableofcontents}} lists: in a Jupyter Book 1, the pages nested under this one
	 * ({@link #childPages}); in a {@code myst.yml} project, where mystmd makes it another name of
	 * {@code {toc}}, every page of the project ({@link #coursePages}).
	 */
	default List<TocLine> tableOfContentsPages() {
		return childPages();
	}

	/**
	 * Whether the course shows its authors' {@code todo} notes: Sphinx leaves them out of a book
	 * unless its configuration says {@code todo_include_todos}.
	 */
	default boolean showsTodos() {
		return false;
	}

	/**
	 * Reports something that still renders but is off (an unknown directive or role), at a line
	 * counted as for {@link #link}. Snippets outside lessons have no file to report against and ignore it.
	 */
	default void warning(int line, String key, Object... arguments) {
	}

	/**
	 * The text of another file of the same course, written relative to the lesson, for MyST's
	 * {@code include}; empty, and reported, when there is no such file inside the course.
	 */
	default Optional<String> read(String path, int line) {
		return Optional.empty();
	}
}
