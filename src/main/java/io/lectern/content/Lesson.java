package io.lectern.content;

import io.lectern.authoring.CourseSlug;
import io.lectern.authoring.LessonSlug;
import java.util.List;
import java.util.Optional;

/**
 * A lesson rendered once from its source file: safe HTML plus what the page around it needs.
 *
 * @param courseSlug slug of the course this lesson belongs to
 * @param slug lesson slug, unique within its course
 * @param source path of the source file relative to the content folder
 * @param body sanitized HTML of the lesson body
 * @param headings h2 and h3 headings, in order, for the "On this page" list
 * @param redirectFrom old paths that answer 301 to this lesson
 * @param previousPage URL of the lesson the author named as previous ({@code prev_page}), when the portal has it
 * @param nextPage URL of the lesson the author named as next ({@code next_page}), when the portal has it
 * @param passages the lesson's text by heading, for search
 * @param details subtitle, short title, authors and date from the front matter
 */
public record Lesson(CourseSlug courseSlug, LessonSlug slug, String title, String summary, List<String> topics,
		String source, LessonBody body, List<Heading> headings, int readingMinutes, List<String> redirectFrom,
		Optional<String> previousPage, Optional<String> nextPage, List<Passage> passages, LessonDetails details)
		implements OutlineItem {

	public Lesson {
		topics = List.copyOf(topics);
		headings = List.copyOf(headings);
		redirectFrom = List.copyOf(redirectFrom);
		passages = List.copyOf(passages);
	}

	/**
	 * A lesson whose previous and next are simply its neighbours in the course, with nothing to
	 * search but its title and summary.
	 */
	public Lesson(CourseSlug courseSlug, LessonSlug slug, String title, String summary, List<String> topics, String source,
			String html, List<Heading> headings, int readingMinutes, List<String> redirectFrom) {
		this(courseSlug, slug, title, summary, topics, source, LessonBody.of(html), headings, readingMinutes, redirectFrom,
				Optional.empty(), Optional.empty(), List.of(), LessonDetails.NONE);
	}

	/** The body's HTML; the first call may typeset its formulas (see {@link LessonBody}). */
	public String html() {
		return body.html();
	}

	/**
	 * What the lesson is known by in its course however its file is renamed: the front matter's
	 * {@code id}, else its slug. Learners' progress follows it.
	 */
	public String identity() {
		return details.id().orElse(slug.value());
	}

	/** The title navigation shows: the front matter's {@code short_title} when there is one. */
	@Override
	public String navigationTitle() {
		return details.navigationTitle(title);
	}

	@Override
	public String url() {
		return Course.urlOf(courseSlug) + "/" + slug;
	}
}
