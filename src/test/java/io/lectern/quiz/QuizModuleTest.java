package io.lectern.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import io.lectern.content.Catalog;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.TestPropertySource;

/** The quiz module with the modules it uses (content, which brings authoring and diagrams, and accounts). */
// Content asks for the problem board and draws diagrams through beans made in its own
// configuration, which Spring Modulith does not count as bean dependencies: both are named.
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES,
		extraIncludes = { "authoring", "diagrams" })
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:quiz-module")
class QuizModuleTest {

	@Autowired
	Quizzes quizzes;

	@Autowired
	Catalog catalog;

	@Test
	void everyBundledQuizBelongsToLessonsOfTheCatalog() {
		assertThat(quizzes.all()).isNotEmpty()
			.allSatisfy(quiz -> assertThat(quiz.lessons()).allSatisfy(
					source -> assertThat(catalog.lessonFrom(source)).as(quiz.id() + " " + source).isPresent()));
	}
}
