package io.lectern.accounts.internal.audit;

/** What happened to an account, in words an admin reads in the security event log. */
public enum SecurityEventKind {

	REGISTRATION("Registration"),
	LOGIN("Login"),
	LOGOUT("Logout"),
	PASSWORD_CHANGED("Password changed"),
	SESSION_ENDED("Session ended"),
	PASSWORD_RESET_REQUESTED("Password reset asked for"),
	PASSWORD_RESET_LINK_ISSUED("Reset link issued by an admin"),
	PASSWORD_RESET("Password reset"),
	EMAIL_CHANGED("E-mail address changed"),
	EMAIL_CONFIRMED("E-mail address confirmed"),
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
