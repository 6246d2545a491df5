package io.lectern.accounts.internal.mfa;

import io.lectern.accounts.Role;
import io.lectern.accounts.SignedIn;
import io.lectern.accounts.internal.passkeys.Passkeys;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Which accounts must use two-step login (an authenticator app or a passkey): those holding a role in
 * {@code lectern.security.mfa-required-roles} (for example {@code ADMIN,INSTRUCTOR}; none unless set).
 * Such an account without it is sent to set it up at login and can do nothing else until it has.
 */
@Component
public class MfaPolicy {

	/** The session attribute that holds a login back until two-step login is set up. */
	public static final String ENROL_FIRST = "lectern.mfa.enrol-first";

	/** Where two-step login is set up. */
	public static final String SET_UP_PAGE = "/me/security/mfa";

	private final Set<Role> required;
	private final MultiFactor multiFactor;
	private final Passkeys passkeys;

	MfaPolicy(@Value("${lectern.security.mfa-required-roles:}") String roles, MultiFactor multiFactor, Passkeys passkeys) {
		this.required = parse(roles);
		this.multiFactor = multiFactor;
		this.passkeys = passkeys;
	}

	/**
	 * Whether this account has to set up two-step login before it may do anything else: an
	 * authenticator app or a passkey satisfies the policy alike.
	 */
	public boolean mustEnrol(SignedIn user) {
		return user.roles().stream().anyMatch(required::contains) && !multiFactor.isOn(user.learnerId().value())
				&& !passkeys.any(user.learnerId().value());
	}

	private static Set<Role> parse(String roles) {
		EnumSet<Role> parsed = EnumSet.noneOf(Role.class);
		Arrays.stream(roles.split(",")).map(String::strip).filter(role -> !role.isEmpty()).forEach(role -> {
			try {
				parsed.add(Role.valueOf(role.toUpperCase(Locale.ROOT)));
			}
			catch (IllegalArgumentException ex) {
				throw new IllegalStateException("lectern.security.mfa-required-roles names an unknown role: " + role
						+ "; use " + Arrays.toString(Role.values()));
			}
		});
		return parsed;
	}
}
