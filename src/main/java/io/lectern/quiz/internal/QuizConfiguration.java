package io.lectern.quiz.internal;

import io.lectern.authoring.ProblemBoard;
import io.lectern.content.Catalog;
import io.lectern.content.InvalidContentException;
import io.lectern.quiz.Quizzes;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Loads the quizzes at start-up, as strictly as the lessons they belong to, and again when courses
 * reload; a quiz with an error is left out.
 */
@Configuration(proxyBeanMethods = false)
class QuizConfiguration {

	private static final Logger log = LoggerFactory.getLogger(QuizConfiguration.class);

	@Bean
	Quizzes quizzes(Catalog catalog, @Value("${lectern.content.strict:false}") boolean strict, ProblemBoard board) {
		QuizLoader.Result result = QuizLoader.load(catalog);
		if (strict && !result.problems().isEmpty()) {
			throw new InvalidContentException("(quizzes)", result.problems());
		}
		report(result, board);
		log.info("Loaded {} quiz(zes)", result.quizzes().size());
		return new Quizzes(result.quizzes());
	}

	static void report(QuizLoader.Result result, ProblemBoard board) {
		result.problems().forEach(problem -> log.warn("Quiz {}", problem));
		board.publish("quizzes", result.problems()
			.stream()
			.map(problem -> ProblemBoard.Listed.atStartUp(problem, Optional.empty()))
			.toList());
	}
}
