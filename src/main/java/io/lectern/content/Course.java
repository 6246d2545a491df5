package io.lectern.content;

import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/** A course: an ordered outline of sections and lessons. */
public record Course(String slug, String title, String summary, List<Section> sections) {

	public Course {
		sections = List.copyOf(sections);
	}

	static String urlOf(String courseSlug) {
		return "/courses/" + courseSlug;
	}

	public String url() {
		return urlOf(slug);
	}

	/** Every lesson in reading order, across sections. */
	public List<Lesson> lessons() {
		return sections.stream().flatMap(section -> section.lessons().stream()).toList();
	}

	/** The lesson the author named as previous, if the course has it, else the one before in reading order. */
	public Optional<Lesson> previous(Lesson lesson) {
		return lesson.previousPage().flatMap(url -> lessonAt(url, lesson)).or(() -> neighbour(lesson, -1));
	}

	/** The lesson the author named as next, if the course has it, else the one after in reading order. */
	public Optional<Lesson> next(Lesson lesson) {
		return lesson.nextPage().flatMap(url -> lessonAt(url, lesson)).or(() -> neighbour(lesson, +1));
	}

	public Optional<Section> sectionOf(Lesson lesson) {
		return sections.stream().filter(section -> section.lessons().contains(lesson)).findFirst();
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
