package io.lectern.accounts.internal.audit;

/** What happened to an account, in words an admin reads in the security event log. */
public enum SecurityEventKind {

	REGISTRATION("Registration"),
	LOGIN("Login"),
	SSO_LINKED("Single sign-on linked to an account"),
	SSO_FAILED("Single sign-on failed"),
	LOGOUT("Logout"),
	REAUTHENTICATED("Identity confirmed at the provider"),
	PASSWORD_CHANGED("Password changed"),
	SESSION_ENDED("Session ended"),
	PASSWORD_RESET_REQUESTED("Password reset asked for"),
	PASSWORD_RESET_LINK_ISSUED("Reset link issued by an admin"),
	PASSWORD_RESET("Password reset"),
	MFA_ENROLLED("Two-step login turned on"),
	MFA_REMOVED("Two-step login turned off"),
	MFA_RESET("Two-step login reset by an admin"),
	MFA_FAILED("Wrong one-time code"),
	RECOVERY_CODE_USED("Recovery code used"),
	RECOVERY_CODES_REPLACED("Recovery codes replaced"),
	PASSKEY_ADDED("Passkey added"),
	PASSKEY_REMOVED("Passkey removed"),
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
