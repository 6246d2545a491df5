package io.lectern.certificates.internal.issuing;

import io.lectern.accounts.LearnerDeleted;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A deleted account takes its certificates' pages and records with it, and its chosen name. Their
 * positions in the status list stay, unrevoked: deleting is not revoking, and a credential the
 * learner downloaded stays theirs and stays valid.
 */
@Component
class ForgetLearner {

	private final CertificateRepository certificates;
	private final PrintedNames names;

	ForgetLearner(CertificateRepository certificates, PrintedNames names) {
		this.certificates = certificates;
		this.names = names;
	}

	@ApplicationModuleListener
	void on(LearnerDeleted deleted) {
		certificates.deleteByLearnerId(deleted.learnerId());
		names.forget(deleted.learnerId());
	}
}
