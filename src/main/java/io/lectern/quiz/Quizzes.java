package io.lectern.quiz;

import io.lectern.content.Catalog;
import io.lectern.authoring.ContentProblem;
import io.lectern.content.Lesson;
import io.lectern.quiz.internal.QuizLoader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every quiz defined in the content folder, loaded and checked once at start-up. */
public final class Quizzes {

	private final Map<String, Quiz> byId = new LinkedHashMap<>();

	public Quizzes(List<Quiz> quizzes) {
		quizzes.forEach(quiz -> byId.put(quiz.id(), quiz));
	}

	/** What is wrong with the quiz definitions of a content folder, for the --validate check. */
	public static List<ContentProblem> problemsIn(Catalog catalog) {
		return QuizLoader.load(catalog).problems();
	}

	public List<Quiz> all() {
		return List.copyOf(byId.values());
	}

	public Optional<Quiz> quiz(String id) {
		return Optional.ofNullable(byId.get(id));
	}

	/** The quizzes that belong to a lesson, in definition order. */
	public List<Quiz> of(Lesson lesson) {
		return byId.values().stream().filter(quiz -> quiz.lessons().contains(lesson.source())).toList();
	}
}
