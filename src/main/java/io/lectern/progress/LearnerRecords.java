package io.lectern.progress;

import io.lectern.accounts.LearnerId;
/**
 * Records a module that progress cannot depend on keeps about a learner (their certificates, say),
 * for the learner's "Download my data" file, which progress assembles: each under its own name.
 */
public interface LearnerRecords {

	/** The name the records go under in the file, such as {@code certificates}. */
	String name();

	/** The learner's records, as JSON would show them. */
	Object of(LearnerId learner);
}
