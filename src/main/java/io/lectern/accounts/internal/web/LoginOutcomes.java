package io.lectern.accounts.internal.web;

import io.lectern.accounts.SignedIn;
import io.lectern.accounts.internal.LoginThrottle;
import io.lectern.accounts.internal.audit.Outcome;
import io.lectern.accounts.internal.audit.SecurityEventEntry;
import io.lectern.accounts.internal.audit.SecurityEventKind;
import io.lectern.accounts.internal.audit.SecurityEventLog;
import io.lectern.accounts.internal.mfa.MfaPolicy;
import io.lectern.accounts.internal.mfa.MultiFactor;
import io.lectern.accounts.internal.passkeys.Passkeys;
import io.lectern.accounts.internal.sessions.AccountSessions;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.ServletException;
import java.io.IOException;
import java.time.Clock;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;

/**
 * What follows a login form: success clears the name's failures and returns the person where they
 * were going; failure counts against the name and the address, and shows the form again with one
 * message for an unknown name and a wrong password alike. Both go to the security event log.
 * An account with two-step login (an authenticator app or a passkey) is not logged in by its password:
 * the login waits in the session for a code or the passkey, and the name's failures are cleared only once the code is right. An account that must
 * use two-step login and has not set it up is sent to do so.
 */
class LoginOutcomes implements AuthenticationSuccessHandler, AuthenticationFailureHandler {

	private final LoginThrottle throttle;
	private final SecurityEventLog securityEvents;
	private final AccountSessions sessions;
	private final MultiFactor multiFactor;
	private final Passkeys passkeys;
	private final MfaPolicy policy;
	private final Clock clock;

	LoginOutcomes(LoginThrottle throttle, SecurityEventLog securityEvents, AccountSessions sessions,
			MultiFactor multiFactor, Passkeys passkeys, MfaPolicy policy, Clock clock) {
		this.throttle = throttle;
		this.securityEvents = securityEvents;
		this.sessions = sessions;
		this.multiFactor = multiFactor;
		this.passkeys = passkeys;
		this.policy = policy;
		this.clock = clock;
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws IOException {
		SignedIn user = (SignedIn) authentication.getPrincipal();
		String next = request.getParameter(ReturnAddress.PARAMETER);
		if (multiFactor.isOn(user.learnerId().value()) || passkeys.any(user.learnerId().value())) {
			// Undo what form login saved: the session holds only the pending login, under its new id.
			SecurityContextHolder.clearContext();
			request.getSession().removeAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
			request.getSession().setAttribute(PendingLogin.ATTRIBUTE,
					new PendingLogin(user.learnerId().value(), user.getUsername(), clock.instant(), ReturnAddress.of(next).orElse(null)));
			response.sendRedirect(SecondStepController.PATH);
			return;
		}
		throttle.succeeded(request.getParameter("username"));
		sessions.begin(user, request);
		securityEvents.record(SecurityEventEntry.of(SecurityEventKind.LOGIN, Outcome.SUCCEEDED)
			.account(user.getUsername(), user.learnerId().value())
			.from(request.getRemoteAddr()));
		if (policy.mustEnrol(user)) {
			request.getSession().setAttribute(MfaPolicy.ENROL_FIRST, Boolean.TRUE);
			response.sendRedirect(EnrolFirstFilter.ENROLMENT);
			return;
		}
		response.sendRedirect(ReturnAddress.orHome(next));
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException, ServletException {
		throttle.failed(request.getParameter("username"), request.getRemoteAddr());
		// The name as typed: it may be no account's, and the log must not say which.
		securityEvents.record(SecurityEventEntry.of(SecurityEventKind.LOGIN, Outcome.FAILED)
			.account(request.getParameter("username"), null)
			.from(request.getRemoteAddr())
			.saying("wrong username or password"));
		// Forwarded, not redirected: the form comes back with the name as typed, and a 401.
		request.getRequestDispatcher("/login/failed").forward(request, response);
	}
}
