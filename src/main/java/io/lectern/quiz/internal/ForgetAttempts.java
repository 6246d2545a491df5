package io.lectern.quiz.internal;

import io.lectern.accounts.LearnerDeleted;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** When a learner deletes their account, their attempts and answers go too. */
@Component
class ForgetAttempts {

	private final AttemptRepository attempts;

	ForgetAttempts(AttemptRepository attempts) {
		this.attempts = attempts;
	}

	@ApplicationModuleListener
	void on(LearnerDeleted deleted) {
		attempts.deleteByLearner(deleted.learnerId());
	}
}
