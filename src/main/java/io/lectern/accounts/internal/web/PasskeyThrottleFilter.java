package io.lectern.accounts.internal.web;

import io.lectern.accounts.internal.LoginThrottle;
import io.lectern.accounts.internal.audit.Outcome;
import io.lectern.accounts.internal.audit.SecurityEventEntry;
import io.lectern.accounts.internal.audit.SecurityEventKind;
import io.lectern.accounts.internal.audit.SecurityEventLog;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a passkey login while its address is locked by the login throttle (or, for the second step
 * of a password login, its name too), before the passkey is checked: 429 with {@code Retry-After}.
 */
class PasskeyThrottleFilter extends OncePerRequestFilter {

	static final String LOGIN = "/login/webauthn";

	private final LoginThrottle throttle;
	private final SecurityEventLog securityEvents;

	PasskeyThrottleFilter(LoginThrottle throttle, SecurityEventLog securityEvents) {
		this.throttle = throttle;
		this.securityEvents = securityEvents;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !("POST".equals(request.getMethod()) && LOGIN.equals(request.getServletPath()));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		HttpSession session = request.getSession(false);
		String username = session != null && session.getAttribute(PendingLogin.ATTRIBUTE) instanceof PendingLogin login
				? login.username() : null;
		var locked = username == null ? throttle.lockedFrom(request.getRemoteAddr())
				: throttle.lockedFor(username, request.getRemoteAddr());
		if (locked.isEmpty()) {
			chain.doFilter(request, response);
			return;
		}
		long seconds = Math.max(1, locked.get().plusMillis(999).toSeconds());
		securityEvents.record(SecurityEventEntry.of(SecurityEventKind.LOGIN, Outcome.REFUSED)
			.account(username, null)
			.from(request.getRemoteAddr())
			.saying("passkey, throttled for " + seconds + " s"));
		response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
		PasskeyLogin.answer(response, HttpStatus.TOO_MANY_REQUESTS, "{\"authenticated\":false,\"retryAfter\":" + seconds + "}");
	}
}
