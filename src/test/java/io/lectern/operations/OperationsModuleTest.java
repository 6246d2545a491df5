package io.lectern.operations;

import static org.assertj.core.api.Assertions.assertThat;

import io.lectern.accounts.LearnerId;
import io.lectern.authoring.QuizId;
import io.lectern.quiz.QuizAttemptGraded;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.TestPropertySource;

/** The operations module on its own: it only listens to the quiz module's events. */
@ApplicationModuleTest
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:operations-module")
class OperationsModuleTest {

	@Autowired
	MeterRegistry registry;

	@Autowired
	ApplicationEventPublisher events;

	@Test
	void aGradedAttemptIsCountedForTheMetricsEndpoint() {
		double before = registry.get("lectern.attempts.graded").counter().count();

		events.publishEvent(new QuizAttemptGraded("attempt", QuizId.of("quiz"), LearnerId.of("learner"), 1, 50, false, Instant.now(),
				List.of()));

		assertThat(registry.get("lectern.attempts.graded").counter().count()).isEqualTo(before + 1);
	}
}
