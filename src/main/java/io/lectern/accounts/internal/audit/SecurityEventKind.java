package io.lectern.accounts.internal.audit;

/** What happened to an account, in words an admin reads in the security event log. */
public enum SecurityEventKind {

	REGISTRATION("Registration"),
	LOGIN("Login"),
	LOGOUT("Logout"),
	PASSWORD_CHANGED("Password changed"),
	SESSION_ENDED("Session ended"),
	ROLES_CHANGED("Roles changed"),
	DATA_EXPORTED("Data exported"),
	ACCOUNT_DELETED("Account deleted");

	private final String label;

	SecurityEventKind(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
