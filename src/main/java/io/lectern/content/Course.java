package io.lectern.content;

import io.lectern.authoring.CourseSlug;
import io.lectern.authoring.LessonSlug;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * A course: an ordered outline of sections and lessons.
 *
 * @param unlisted lessons the table of contents hides ({@code hidden: true} in mystmd): they have an
 *     address and can be linked to, but are not in the navigation, the reading order or progress
 * @param authors the names its project file lists
 * @param numbering what its project file asks to be numbered
 * @param bibliography the references its project's BibTeX files hold
 * @param certificate when the course awards a certificate ({@code certificate:} in its {@code course.yml})
 * @param version a digest of its lessons' source text and its outline, which changes when they do
 * @param language the language its content is written in, English unless its project file says
 * @param drawsDiagrams whether a lesson of it draws one of the portal's diagrams (a {@code responsibility}
 *     or {@code access} block), so that the portal's header links to the diagram explorer
 */
public record Course(CourseSlug slug, String title, String summary, List<Section> sections, List<Lesson> unlisted,
		List<String> authors, Numbering numbering, Bibliography bibliography, CertificateRule certificate,
		String version, CourseLanguage language, boolean drawsDiagrams) {

	public Course {
		sections = List.copyOf(sections);
		unlisted = List.copyOf(unlisted);
		authors = List.copyOf(authors);
	}

	public Course(CourseSlug slug, String title, String summary, List<Section> sections, List<Lesson> unlisted,
			List<String> authors, Numbering numbering, Bibliography bibliography, CertificateRule certificate,
			String version, CourseLanguage language) {
		this(slug, title, summary, sections, unlisted, authors, numbering, bibliography, certificate, version, language,
				false);
	}

	public Course(CourseSlug slug, String title, String summary, List<Section> sections, List<Lesson> unlisted,
			List<String> authors, Numbering numbering, Bibliography bibliography, CertificateRule certificate,
			String version) {
		this(slug, title, summary, sections, unlisted, authors, numbering, bibliography, certificate, version,
				CourseLanguage.ENGLISH);
	}

	public Course(CourseSlug slug, String title, String summary, List<Section> sections, List<Lesson> unlisted,
			List<String> authors, Numbering numbering, Bibliography bibliography) {
		this(slug, title, summary, sections, unlisted, authors, numbering, bibliography, CertificateRule.NONE, "");
	}

	public Course(CourseSlug slug, String title, String summary, List<Section> sections) {
		this(slug, title, summary, sections, List.of(), List.of(), Numbering.NONE, Bibliography.NONE);
	}

	static String urlOf(CourseSlug courseSlug) {
		return "/courses/" + courseSlug.value();
	}

	public String url() {
		return urlOf(slug);
	}

	/** Every lesson in reading order, across sections. */
	public List<Lesson> lessons() {
		return sections.stream().flatMap(section -> section.lessons().stream()).toList();
	}

	/**
	 * Whether the course numbers its lessons itself, as a Jupyter Book with {@code numbered: true}
	 * does ("2 Functions", "3.1 SciPy"): its outline then shows those numbers, not a count of its own.
	 */
	public boolean numbersItsLessons() {
		return lessons().stream().anyMatch(lesson -> !lesson.details().number().isEmpty());
	}

	/** The lesson the author named as previous, if the course has it, else the one before in reading order. */
	public Optional<Lesson> previous(Lesson lesson) {
		return lesson.previousPage().flatMap(url -> lessonAt(url, lesson)).or(() -> neighbour(lesson, -1));
	}

	/** The lesson the author named as next, if the course has it, else the one after in reading order. */
	public Optional<Lesson> next(Lesson lesson) {
		return lesson.nextPage().flatMap(url -> lessonAt(url, lesson)).or(() -> neighbour(lesson, +1));
	}

	/** Every page the course serves: its lessons in reading order, then those the navigation does not list. */
	public List<Lesson> pages() {
		return Stream.concat(lessons().stream(), unlisted.stream()).toList();
	}

	/** The page of the course at {@code lessonSlug}, listed or not. */
	public Optional<Lesson> page(LessonSlug lessonSlug) {
		return pages().stream().filter(lesson -> lesson.slug().equals(lessonSlug)).findFirst();
	}

	public Optional<Section> sectionOf(Lesson lesson) {
		return sections.stream().filter(section -> section.lessons().contains(lesson)).findFirst();
	}

	/** The sections that hold the lesson, from the top-level one down to the innermost, for a breadcrumb. */
	public List<Section> trailOf(Lesson lesson) {
		return sections.stream().map(section -> section.trailTo(lesson)).filter(trail -> !trail.isEmpty()).findFirst()
			.orElse(List.of());
	}

	/** A page naming itself as its own neighbour would be a dead end, so that is not honoured. */
	private Optional<Lesson> lessonAt(String url, Lesson from) {
		return lessons().stream().filter(other -> other.url().equals(url) && !other.equals(from)).findFirst();
	}

	private Optional<Lesson> neighbour(Lesson lesson, int step) {
		List<Lesson> lessons = lessons();
		return IntStream.range(0, lessons.size())
			.filter(i -> lessons.get(i).equals(lesson))
			.mapToObj(i -> i + step)
			.filter(i -> i >= 0 && i < lessons.size())
			.map(lessons::get)
			.findFirst();
	}
}
