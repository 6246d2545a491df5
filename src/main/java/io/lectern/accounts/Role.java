package io.lectern.accounts;

/**
 * What a person may do. Every account is a LEARNER; an admin grants INSTRUCTOR (cohort reports)
 * and ADMIN (user roles) to the few who need them.
 */
public enum Role {

	LEARNER("Learner", "takes quizzes and tracks their own progress"),
	INSTRUCTOR("Instructor", "sees every learner's progress and each quiz's item analysis"),
	ADMIN("Admin", "changes the roles of other accounts");

	private final String label;
	private final String grants;

	Role(String label, String grants) {
		this.label = label;
		this.grants = grants;
	}

	public String label() {
		return label;
	}

	/** What the role lets its holder do, in a few words. */
	public String grants() {
		return grants;
	}

	/** The name Spring Security checks, as in {@code hasRole("INSTRUCTOR")}. */
	public String authority() {
		return "ROLE_" + name();
	}
}
