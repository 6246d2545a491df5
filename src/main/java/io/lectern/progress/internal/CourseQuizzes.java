package io.lectern.progress.internal;

import io.lectern.authoring.CourseSlug;
import io.lectern.authoring.QuizId;
import io.lectern.content.Catalog;
import io.lectern.content.Course;
import io.lectern.content.Lesson;
import io.lectern.quiz.Quiz;
import io.lectern.quiz.Quizzes;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Which quizzes count towards which course: those that belong to one of its lessons. Worked out at
 * start-up and again when courses reload.
 */
@Component
public class CourseQuizzes {

	private final Catalog catalog;
	private final Quizzes quizzes;
	private volatile Map<String, List<Quiz>> byCourse;

	CourseQuizzes(Catalog catalog, Quizzes quizzes) {
		this.catalog = catalog;
		this.quizzes = quizzes;
		recount();
	}

	/** Works out again which quizzes count where, after the courses or the quizzes changed. */
	public void recount() {
		Map<String, List<Quiz>> byCourse = new LinkedHashMap<>();
		for (Course course : catalog.courses()) {
			List<String> sources = course.lessons().stream().map(Lesson::source).toList();
			// In course order: a quiz comes after the last lesson it covers, and after the quizzes of
			// fewer lessons that end there too (so a final exam comes last of all); otherwise the
			// order of their files.
			byCourse.put(course.slug().value(), quizzes.all().stream()
				.filter(quiz -> quiz.lessons().stream().anyMatch(sources::contains))
				.sorted(Comparator.<Quiz>comparingInt(quiz -> quiz.lessons().stream().mapToInt(sources::indexOf).max().orElse(-1))
					.thenComparingInt(quiz -> quiz.lessons().size()))
				.toList());
		}
		this.byCourse = byCourse;
	}

	public List<Quiz> of(Course course) {
		return byCourse.getOrDefault(course.slug().value(), List.of());
	}

	public List<Course> courses() {
		return catalog.courses();
	}

	public Optional<Course> course(String slug) {
		return catalog.course(CourseSlug.of(slug));
	}

	public Optional<Quiz> quiz(String id) {
		return quizzes.quiz(QuizId.of(id));
	}

	/** The lessons a quiz belongs to, each with its course. */
	public List<Lesson> lessonsOf(Quiz quiz) {
		return quiz.lessons().stream().flatMap(source -> catalog.lessonFrom(source).stream()).toList();
	}

	public Optional<Lesson> lesson(String source) {
		return catalog.lessonFrom(source);
	}
}
