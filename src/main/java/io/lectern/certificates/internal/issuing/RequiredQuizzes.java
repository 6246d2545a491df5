package io.lectern.certificates.internal.issuing;

import io.lectern.authoring.ContentProblem;
import io.lectern.authoring.ProblemBoard;
import io.lectern.authoring.QuizId;
import io.lectern.content.Catalog;
import io.lectern.content.Course;
import io.lectern.quiz.Quiz;
import io.lectern.quiz.Quizzes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A course.yml's {@code certificate: requires:} may name a quiz that does not exist (a typo, a
 * renamed quiz): its certificate could then never be earned. The content module cannot tell, as
 * quizzes are read after it, so this check runs once both are loaded and lists each such name as
 * a warning at the line of {@code requires:}, with the other content problems.
 */
@Component
class RequiredQuizzes {

	private static final Logger log = LoggerFactory.getLogger(RequiredQuizzes.class);

	private final Catalog catalog;
	private final Quizzes quizzes;
	private final ProblemBoard board;

	RequiredQuizzes(Catalog catalog, Quizzes quizzes, ProblemBoard board) {
		this.catalog = catalog;
		this.quizzes = quizzes;
		this.board = board;
	}

	@EventListener(ApplicationReadyEvent.class)
	void check() {
		Set<QuizId> known = quizzes.all().stream().map(Quiz::id).collect(Collectors.toSet());
		List<ProblemBoard.Listed> problems = new ArrayList<>();
		for (Course course : catalog.courses()) {
			course.certificate().requiredQuizzes().stream().filter(quiz -> !known.contains(quiz)).forEach(quiz -> {
				ContentProblem problem = ContentProblem.warning(course.certificate().writtenIn(), course.certificate().line(),
						"problem.certificate.unknownQuiz", quiz.value());
				log.warn("Certificates: {}", problem);
				problems.add(ProblemBoard.Listed.atStartUp(problem, Optional.empty()));
			});
		}
		board.publish("certificates", problems);
	}
}
