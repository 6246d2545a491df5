package io.lectern.certificates.internal.issuing;

import io.lectern.accounts.LearnerId;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The name a learner chose to have printed on their certificates, instead of their display name. */
@Entity
@Table(name = "certificate_name")
class PrintedName {

	@Id
	private LearnerId learnerId;

	private String printedName;

	protected PrintedName() {
	}

	PrintedName(LearnerId learnerId, String printedName) {
		this.learnerId = learnerId;
		this.printedName = printedName;
	}

	String name() {
		return printedName;
	}

	void change(String name) {
		this.printedName = name;
	}
}
