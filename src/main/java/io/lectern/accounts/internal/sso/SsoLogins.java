package io.lectern.accounts.internal.sso;

import io.lectern.accounts.SignedIn;
import io.lectern.accounts.internal.Account;
import io.lectern.accounts.internal.AccountService;
import io.lectern.accounts.internal.audit.Outcome;
import io.lectern.accounts.internal.audit.SecurityEventEntry;
import io.lectern.accounts.internal.audit.SecurityEventKind;
import io.lectern.accounts.internal.audit.SecurityEventLog;
import io.lectern.accounts.internal.mfa.MfaPolicy;
import io.lectern.accounts.internal.mfa.MultiFactor;
import io.lectern.accounts.internal.sessions.AccountSessions;
import io.lectern.accounts.internal.web.PendingLogin;
import io.lectern.accounts.internal.web.ReturnAddress;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Logs an account in once a provider has vouched for the person and the identity opens that
 * account. Roles follow the provider's claim first, when they do. Then two-step login applies as
 * for a password: a provider that vouched for a second factor satisfies it; otherwise an account
 * with an authenticator app is asked for its code, and one that must have two-step login and has
 * none is sent to set it up. The login lands under a new session id, recorded as the account's
 * session and as a security event.
 */
@Component
class SsoLogins {

	private final AccountService accounts;
	private final MultiFactor multiFactor;
	private final MfaPolicy policy;
	private final AccountSessions sessions;
	private final SecurityEventLog securityEvents;
	private final Clock clock;
	private final HttpSessionSecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	SsoLogins(AccountService accounts, MultiFactor multiFactor, MfaPolicy policy, AccountSessions sessions,
			SecurityEventLog securityEvents, Clock clock) {
		this.accounts = accounts;
		this.multiFactor = multiFactor;
		this.policy = policy;
		this.sessions = sessions;
		this.securityEvents = securityEvents;
		this.clock = clock;
	}

	/**
	 * Logs the account in, or takes it to its second step unless {@code codeChecked} says its code
	 * was just checked; where the browser goes next.
	 */
	String logIn(Account account, ProviderLogin login, boolean codeChecked, HttpServletRequest request,
			HttpServletResponse response) {
		String address = request.getRemoteAddr();
		if (login.roles() != null) {
			account = accounts.grant(account.publicId(), login.roles(), "single sign-on: " + login.registrationId(), address);
		}
		SignedIn user = account.signedIn();
		user.eraseCredentials();
		request.getSession().removeAttribute(ProviderLogin.ATTRIBUTE);
		if (!login.multiFactor() && !codeChecked && multiFactor.isOn(user.learnerId().value())) {
			request.getSession().setAttribute(PendingLogin.ATTRIBUTE, new PendingLogin(user.learnerId().value(), user.getUsername(),
					clock.instant(), login.next(), "single sign-on with " + login.registrationId()));
			return PendingLogin.PATH;
		}
		request.changeSessionId();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		SecurityContextHolder.setContext(context);
		contexts.saveContext(context, request, response);
		sessions.begin(user, request);
		securityEvents.record(SecurityEventEntry.of(SecurityEventKind.LOGIN, Outcome.SUCCEEDED)
			.account(user.getUsername(), user.learnerId().value())
			.from(address)
			.saying(login.describe() + (codeChecked ? " and app code" : "")));
		if (!login.multiFactor() && policy.mustEnrol(user)) {
			request.getSession().setAttribute(MfaPolicy.ENROL_FIRST, Boolean.TRUE);
			return MfaPolicy.SET_UP_PAGE;
		}
		return ReturnAddress.orHome(login.next());
	}
}
