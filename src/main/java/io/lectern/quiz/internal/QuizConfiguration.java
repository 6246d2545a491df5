package io.lectern.quiz.internal;

import io.lectern.content.Catalog;
import io.lectern.content.InvalidContentException;
import io.lectern.quiz.Quizzes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Loads the quizzes once at start-up, as strictly as the lessons they belong to. */
@Configuration(proxyBeanMethods = false)
class QuizConfiguration {

	private static final Logger log = LoggerFactory.getLogger(QuizConfiguration.class);

	@Bean
	Quizzes quizzes(Catalog catalog, @Value("${lectern.content.strict:true}") boolean strict) {
		QuizLoader.Result result = QuizLoader.load(catalog);
		if (!result.problems().isEmpty()) {
			if (strict) {
				throw new InvalidContentException("(quizzes)", result.problems());
			}
			result.problems().forEach(problem -> log.warn("Skipped quiz: {}", problem));
		}
		log.info("Loaded {} quiz(zes)", result.quizzes().size());
		return new Quizzes(result.quizzes());
	}
}
