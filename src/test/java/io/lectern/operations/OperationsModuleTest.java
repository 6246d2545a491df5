package io.lectern.operations;

import static org.assertj.core.api.Assertions.assertThat;

import io.lectern.content.AfterFirstPage;
import io.lectern.content.ContentSource;
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
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/** The operations module on its own: it listens to the quiz module's events and asks the content module where courses come from. */
@ApplicationModuleTest
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:operations-module")
class OperationsModuleTest {

	@Autowired
	MeterRegistry registry;

	/** The content module is left out: the content page and /actuator/info ask it where courses come from. */
	@MockitoBean
	ContentSource content;

	/** Nor does it hold the work after the first page: the outstanding events' handing over waits in it. */
	@MockitoBean
	AfterFirstPage afterFirstPage;

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
