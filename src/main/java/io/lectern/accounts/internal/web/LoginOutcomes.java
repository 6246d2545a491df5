package io.lectern.accounts.internal.web;

import io.lectern.accounts.SignedIn;
import io.lectern.accounts.internal.LoginThrottle;
import io.lectern.accounts.internal.audit.Outcome;
import io.lectern.accounts.internal.audit.SecurityEventEntry;
import io.lectern.accounts.internal.audit.SecurityEventKind;
import io.lectern.accounts.internal.audit.SecurityEventLog;
import io.lectern.accounts.internal.sessions.AccountSessions;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.ServletException;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;

/**
 * What follows a login form: success clears the name's failures and returns the person where they
 * were going; failure counts against the name and the address, and shows the form again with one
 * message for an unknown name and a wrong password alike. Both go to the security event log.
 */
class LoginOutcomes implements AuthenticationSuccessHandler, AuthenticationFailureHandler {

	private final LoginThrottle throttle;
	private final SecurityEventLog securityEvents;
	private final AccountSessions sessions;

	LoginOutcomes(LoginThrottle throttle, SecurityEventLog securityEvents, AccountSessions sessions) {
		this.throttle = throttle;
		this.securityEvents = securityEvents;
		this.sessions = sessions;
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws IOException {
		throttle.succeeded(request.getParameter("username"));
		SignedIn user = (SignedIn) authentication.getPrincipal();
		sessions.begin(user, request);
		securityEvents.record(SecurityEventEntry.of(SecurityEventKind.LOGIN, Outcome.SUCCEEDED)
			.account(user.getUsername(), user.learnerId())
			.from(request.getRemoteAddr()));
		response.sendRedirect(ReturnAddress.orHome(request.getParameter(ReturnAddress.PARAMETER)));
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
