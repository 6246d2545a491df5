package io.lectern.quiz;

import io.lectern.authoring.QuizId;
import io.lectern.content.Catalog;
import io.lectern.authoring.ContentProblem;
import io.lectern.content.Lesson;
import io.lectern.quiz.internal.QuizLoader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every quiz defined in the content folder, loaded and checked at start-up and again, as a whole,
 * whenever courses reload.
 */
public final class Quizzes {

	private volatile Map<QuizId, Quiz> byId;

	public Quizzes(List<Quiz> quizzes) {
		this.byId = byId(quizzes);
	}

	/** Serves {@code quizzes} from now on, in place of those loaded before. */
	public void replaceWith(List<Quiz> quizzes) {
		this.byId = byId(quizzes);
	}

	private static Map<QuizId, Quiz> byId(List<Quiz> quizzes) {
		Map<QuizId, Quiz> byId = new LinkedHashMap<>();
		quizzes.forEach(quiz -> byId.put(quiz.id(), quiz));
		return byId;
	}

	/** What is wrong with the quiz definitions of a content folder, for the --validate check. */
	public static List<ContentProblem> problemsIn(Catalog catalog) {
		return QuizLoader.load(catalog).problems();
	}

	public List<Quiz> all() {
		return List.copyOf(byId.values());
	}

	public Optional<Quiz> quiz(QuizId id) {
		return Optional.ofNullable(byId.get(id));
	}

	/** The quizzes that belong to a lesson, in definition order. */
	public List<Quiz> of(Lesson lesson) {
		return byId.values().stream().filter(quiz -> quiz.lessons().contains(lesson.source())).toList();
	}
}
