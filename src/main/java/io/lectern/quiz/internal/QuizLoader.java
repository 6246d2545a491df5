package io.lectern.quiz.internal;

import io.lectern.content.Catalog;
import io.lectern.content.ContentFile;
import io.lectern.authoring.ContentProblem;
import io.lectern.authoring.Problems;
import io.lectern.quiz.Quiz;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads every {@code *.quiz.yml} of the content folder, checking quiz ids are unique across files. */
public final class QuizLoader {

	public static final String SUFFIX = ".quiz.yml";

	/** The quizzes that loaded cleanly, and every problem found. */
	public record Result(List<Quiz> quizzes, List<ContentProblem> problems) {
	}

	private QuizLoader() {
	}

	public static Result load(Catalog catalog) {
		Problems problems = new Problems();
		Map<String, String> fileById = new HashMap<>();
		List<Quiz> quizzes = new ArrayList<>();
		for (ContentFile file : catalog.dataFiles(SUFFIX)) {
			QuizReader.read(file.path(), file.text(), problems, link -> section(catalog, link))
				.ifPresent(quiz -> {
					String other = fileById.putIfAbsent(quiz.id().value(), file.path());
					if (other != null) {
						problems.error(file.path(), 1, "problem.quiz.idTaken", quiz.id().value(), other);
					}
					else {
						quizzes.add(quiz);
					}
				});
		}
		return new Result(quizzes, problems.sorted());
	}

	/**
	 * The URL of {@code lesson.md#section}: the lesson must exist and, when a section is named,
	 * have a heading with that id, so a question never sends a learner to a section that is gone.
	 */
	private static Optional<String> section(Catalog catalog, String link) {
		int hash = link.indexOf('#');
		String file = hash < 0 ? link : link.substring(0, hash);
		String anchor = hash < 0 ? "" : link.substring(hash + 1);
		return catalog.lessonFrom(file)
			.filter(lesson -> anchor.isEmpty() || lesson.body().hasId(anchor))
			.map(lesson -> anchor.isEmpty() ? lesson.url() : lesson.url() + "#" + anchor);
	}
}
