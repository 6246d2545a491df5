package io.lectern.quiz.internal;

import io.lectern.authoring.ProblemBoard;
import io.lectern.content.Catalog;
import io.lectern.content.CoursesReloaded;
import io.lectern.quiz.Quizzes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Quiz files live beside the lessons, so any reload of courses may have changed them; there are
 * few, so all load again. This runs before the listeners that count quizzes (progress) hear of the
 * reload, hence the order.
 */
@Component
class QuizReloads {

	private static final Logger log = LoggerFactory.getLogger(QuizReloads.class);

	private final Catalog catalog;
	private final Quizzes quizzes;
	private final ProblemBoard board;
	private final EarlierAttempts earlier;

	QuizReloads(Catalog catalog, Quizzes quizzes, ProblemBoard board, EarlierAttempts earlier) {
		this.catalog = catalog;
		this.quizzes = quizzes;
		this.board = board;
		this.earlier = earlier;
	}

	@EventListener
	@Order(Ordered.HIGHEST_PRECEDENCE)
	void on(CoursesReloaded reloaded) {
		QuizLoader.Result result = QuizLoader.load(catalog);
		QuizConfiguration.report(result, board);
		quizzes.replaceWith(result.quizzes());
		// Attempts in progress keep the versions they started with; only new attempts see the change.
		earlier.giveVersions();
		log.info("Reloaded {} quiz(zes) after courses {} changed", result.quizzes().size(), reloaded.courseSlugs());
	}
}
