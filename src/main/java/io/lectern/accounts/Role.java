package io.lectern.accounts;

/**
 * What a person may do. Every account is a LEARNER; an admin grants INSTRUCTOR (cohort reports)
 * and ADMIN (user roles) to the few who need them.
 */
public enum Role {

	/** Takes quizzes and tracks their own progress. */
	LEARNER,
	/** Sees every learner's progress and each quiz's item analysis. */
	INSTRUCTOR,
	/** Changes the roles of other accounts. */
	ADMIN;

	/** The name Spring Security checks, as in {@code hasRole("INSTRUCTOR")}. */
	public String authority() {
		return "ROLE_" + name();
	}
}
