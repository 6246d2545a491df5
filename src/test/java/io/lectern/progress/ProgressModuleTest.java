package io.lectern.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.lectern.accounts.LearnerId;
import io.lectern.authoring.QuizId;
import io.lectern.progress.internal.standing.CourseStanding;
import io.lectern.progress.internal.standing.StandingRepository;
import io.lectern.quiz.QuizAttemptGraded.QuestionGraded;
import io.lectern.quiz.QuizAttemptGraded;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/** The progress module with the modules it uses, fed a graded attempt as the quiz module announces it. */
// Content asks for the problem board and draws diagrams through beans made in its own
// configuration, which Spring Modulith does not count as bean dependencies: both are named.
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES,
		extraIncludes = { "authoring", "diagrams" })
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:progress-module")
class ProgressModuleTest {

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	StandingRepository standings;

	@Test
	void aPassedAttemptCountsInTheLearnersStanding() {
		String learner = UUID.randomUUID().toString();

		transactions.executeWithoutResult(status -> events.publishEvent(new QuizAttemptGraded(
				UUID.randomUUID().toString(), QuizId.of("shared-responsibility-check"), LearnerId.of(learner), 1, 100, true, Instant.now(),
				List.of(new QuestionGraded("rds-patching", 1, List.of("shared-responsibility"))))));

		CourseStanding standing = await().atMost(Duration.ofSeconds(20))
			.until(() -> standings.findById(new CourseStanding.Key(LearnerId.of(learner), "aws-data-security")).orElse(null),
					found -> found != null && found.quizzesPassed() == 1);
		assertThat(standing.lessonsCompleted()).isPositive();
	}
}
