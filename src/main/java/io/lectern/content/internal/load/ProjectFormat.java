package io.lectern.content.internal.load;

/** The project file a course was read from, where the formats read the same text differently. */
enum ProjectFormat {
	/** Lectern's own {@code course.yml}. */
	COURSE,
	/** A folder of lessons with no project file. */
	FOLDER,
	/** mystmd's {@code myst.yml} (Jupyter Book 2). */
	MYST,
	/** Jupyter Book 1's {@code _toc.yml}, which Sphinx builds. */
	JUPYTER_BOOK,
	/** A Jupyter Book 0 site's {@code _data/toc.yml}, which Jekyll and kramdown build. */
	JEKYLL_BOOK;

	/**
	 * Whether the author's site set the prose's quotes and dashes: Sphinx's smartquotes and kramdown's
	 * typographic symbols do by default; mystmd leaves them as written, and so do Lectern's own formats.
	 */
	boolean setsQuotes() {
		return this == JUPYTER_BOOK || this == JEKYLL_BOOK;
	}
}
