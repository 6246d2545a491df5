package io.lectern.content;

import io.lectern.authoring.CourseSlug;
import io.lectern.authoring.LessonSlug;
import io.lectern.diagrams.Diagrams;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Every course the portal serves. What it holds is immutable and shared freely between requests;
 * when the content folder changes, the content module swaps in a newly loaded catalog's contents as
 * a whole, so a caller sees the old courses or the new ones, never a mix. A caller that asks twice
 * (a course, then one of its lessons) may see a reload between: it should take what it needs from
 * the first answer, such as the lesson from {@link Course#page(String)}.
 */
public final class Catalog {

	private volatile Contents contents;

	/**
	 * @param redirects old path to canonical lesson URL, keys as given by authors
	 * @param media files lessons refer to, keyed by their URL
	 * @param dataFiles YAML files of the content folder other than {@code course.yml}, for the modules
	 *     that define things there (quizzes, diagrams)
	 * @param diagrams the diagrams Lectern bundles and those the content folder adds
	 */
	public Catalog(List<Course> courses, Map<String, String> redirects, Map<String, MediaFile> media,
			List<ContentFile> dataFiles, Diagrams diagrams) {
		this.contents = new Contents(courses, redirects, media, dataFiles, diagrams);
	}

	/**
	 * Serves, from now on, what {@code reloaded} holds: for the content module, when the content
	 * folder changed. {@code reloaded} itself is left as it was.
	 */
	public void replaceWith(Catalog reloaded) {
		this.contents = reloaded.contents;
	}

	public Diagrams diagrams() {
		return contents.diagrams;
	}

	/** Whether a course served draws one of the portal's diagrams, so that its header links to their explorer. */
	public boolean drawsDiagrams() {
		return courses().stream().anyMatch(Course::drawsDiagrams);
	}

	public List<Course> courses() {
		return contents.courses;
	}

	public Optional<Course> course(CourseSlug slug) {
		return Optional.ofNullable(contents.coursesBySlug.get(slug));
	}

	public Optional<Lesson> lesson(CourseSlug courseSlug, LessonSlug lessonSlug) {
		return Optional.ofNullable(contents.lessonsByUrl.get(Course.urlOf(courseSlug) + "/" + lessonSlug));
	}

	/** The lesson loaded from a source file, by its path relative to the content folder. */
	public Optional<Lesson> lessonFrom(String source) {
		return Optional.ofNullable(contents.lessonsBySource.get(source));
	}

	/** Data files whose names end with {@code suffix}, such as {@code ".quiz.yml"}, in path order. */
	public List<ContentFile> dataFiles(String suffix) {
		return contents.dataFiles.stream().filter(file -> file.path().endsWith(suffix)).toList();
	}

	public int lessonCount() {
		return contents.lessonsByUrl.size();
	}

	/** The canonical URL an old path (a {@code redirect_from} or permalink) now lives at. */
	public Optional<String> redirectFor(String path) {
		return Optional.ofNullable(contents.redirects.get(redirectKey(path)));
	}

	public Optional<MediaFile> media(String url) {
		return Optional.ofNullable(contents.media.get(url));
	}

	/** Every file lessons refer to, by URL: for a reload that keeps some courses as they were. */
	public Map<String, MediaFile> media() {
		return contents.media;
	}

	/**
	 * Old links come from static sites where {@code /a/B.html}, {@code /a/b/} and {@code /a/b} were
	 * the same page, so they are compared in one normal form.
	 */
	public static String redirectKey(String path) {
		String key = path.trim().toLowerCase(Locale.ROOT);
		if (!key.startsWith("/")) {
			key = "/" + key;
		}
		while (key.length() > 1 && key.endsWith("/")) {
			key = key.substring(0, key.length() - 1);
		}
		return key.endsWith(".html") ? key.substring(0, key.length() - 5) : key;
	}

	/** One load's courses and everything looked up in them, swapped in and out as one. */
	private static final class Contents {

		private final List<Course> courses;
		private final Map<CourseSlug, Course> coursesBySlug = new LinkedHashMap<>();
		private final Map<String, Lesson> lessonsByUrl = new LinkedHashMap<>();
		private final Map<String, String> redirects = new LinkedHashMap<>();
		private final Map<String, MediaFile> media;
		private final Map<String, Lesson> lessonsBySource = new LinkedHashMap<>();
		private final List<ContentFile> dataFiles;
		private final Diagrams diagrams;

		Contents(List<Course> courses, Map<String, String> redirects, Map<String, MediaFile> media,
				List<ContentFile> dataFiles, Diagrams diagrams) {
			this.diagrams = diagrams;
			this.courses = List.copyOf(courses);
			for (Course course : this.courses) {
				coursesBySlug.put(course.slug(), course);
				course.pages().forEach(lesson -> {
					lessonsByUrl.put(lesson.url(), lesson);
					lessonsBySource.put(lesson.source(), lesson);
				});
			}
			this.dataFiles = List.copyOf(dataFiles);
			redirects.forEach((from, to) -> this.redirects.put(redirectKey(from), to));
			this.media = Map.copyOf(media);
		}
	}
}
