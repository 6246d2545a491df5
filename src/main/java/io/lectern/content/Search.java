package io.lectern.content;

/** Full-text search over every lesson of every course, built once when the catalog loads. */
public interface Search {

	/** Longer queries are refused: nobody types them, and they cost more than they find. */
	int MAX_QUERY_LENGTH = 200;

	/**
	 * Finds lessons for what a reader typed: words (any form: "encrypting" finds "encryption"),
	 * "quoted phrases", and prefixes ({@code encrypt*}). Never throws for what a reader can type;
	 * a query it cannot use as written comes back with a notice.
	 *
	 * @throws IllegalArgumentException for a query longer than {@link #MAX_QUERY_LENGTH}
	 */
	SearchResults find(String query);
}
