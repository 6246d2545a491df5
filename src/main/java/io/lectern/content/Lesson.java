package io.lectern.content;

import java.util.List;

/**
 * A lesson rendered once from its source file: safe HTML plus what the page around it needs.
 *
 * @param courseSlug slug of the course this lesson belongs to
 * @param slug lesson slug, unique within its course
 * @param source path of the source file relative to the content folder
 * @param html sanitized HTML of the lesson body
 * @param headings h2 and h3 headings, in order, for the "On this page" list
 * @param redirectFrom old paths that answer 301 to this lesson
 * @param passages the lesson's text by heading, for search
 */
public record Lesson(String courseSlug, String slug, String title, String summary, List<String> topics,
		String source, String html, List<Heading> headings, int readingMinutes, List<String> redirectFrom,
		List<Passage> passages) {

	public Lesson {
		topics = List.copyOf(topics);
		headings = List.copyOf(headings);
		redirectFrom = List.copyOf(redirectFrom);
		passages = List.copyOf(passages);
	}

	/** A lesson with nothing to search but its title and summary. */
	public Lesson(String courseSlug, String slug, String title, String summary, List<String> topics, String source,
			String html, List<Heading> headings, int readingMinutes, List<String> redirectFrom) {
		this(courseSlug, slug, title, summary, topics, source, html, headings, readingMinutes, redirectFrom, List.of());
	}

	public String url() {
		return Course.urlOf(courseSlug) + "/" + slug;
	}
}
