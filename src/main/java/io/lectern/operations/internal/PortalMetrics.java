package io.lectern.operations.internal;

import io.lectern.quiz.QuizAttemptGraded;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The portal's own figures for the metrics endpoint ({@code /actuator/prometheus}): attempts
 * graded and failed logins, beside the request timings and JVM figures Spring Boot publishes.
 */
@Component
class PortalMetrics {

	private final Counter graded;

	private final Counter failedLogins;

	PortalMetrics(MeterRegistry registry) {
		this.graded = Counter.builder("lectern.attempts.graded")
			.description("Quiz attempts submitted and graded")
			.register(registry);
		this.failedLogins = Counter.builder("lectern.logins.failed")
			.description("Logins refused for a wrong username or password")
			.register(registry);
	}

	/**
	 * Counted once the attempt's transaction commits, so a submit that fails does not count. (A
	 * transactional listener would do the same, but would also be stored as an event publication.)
	 */
	@EventListener
	void on(QuizAttemptGraded attempt) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					graded.increment();
				}
			});
		}
		else {
			graded.increment();
		}
	}

	@EventListener
	void on(AbstractAuthenticationFailureEvent failure) {
		failedLogins.increment();
	}
}
