package io.lectern.content;

import io.lectern.authoring.CourseSlug;
import java.util.List;
import java.util.Optional;

/**
 * What a search found, grouped by course in the order of each course's best hit.
 *
 * @param notice the message key of something the reader should know about the query, such as "type a word"
 * @param total how many lessons matched in all
 */
public record SearchResults(String query, Optional<String> notice, List<CourseHits> courses, int total) {

	public SearchResults {
		courses = List.copyOf(courses);
	}

	public static SearchResults none(String query, String notice) {
		return new SearchResults(query, Optional.of(notice), List.of(), 0);
	}

	/** The lessons of one course that matched, best first. */
	public record CourseHits(CourseSlug slug, String title, List<Hit> hits) {

		public CourseHits {
			hits = List.copyOf(hits);
		}
	}

	/**
	 * One lesson that matched, with the place in it that matched best.
	 *
	 * @param heading the heading of the matching passage, or empty when the lesson's title or
	 *     opening matched
	 * @param url the lesson's address, with the heading's anchor
	 * @param snippet a short excerpt as HTML: text escaped, matched words in {@code <mark>}
	 */
	public record Hit(String lesson, String heading, String url, String snippet) {
	}
}
