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
import java.io.IOException;
import java.time.Duration;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a login while its name or address is locked, before the password is even checked: 429
 * with {@code Retry-After}, and the login page saying how long to wait. Each refusal is a security event.
 */
class LoginThrottleFilter extends OncePerRequestFilter {

	static final String WAIT = "lectern.login.wait";

	private final LoginThrottle throttle;
	private final SecurityEventLog securityEvents;

	LoginThrottleFilter(LoginThrottle throttle, SecurityEventLog securityEvents) {
		this.throttle = throttle;
		this.securityEvents = securityEvents;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !("POST".equals(request.getMethod()) && "/login".equals(request.getServletPath()));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		var locked = throttle.lockedFor(request.getParameter("username"), request.getRemoteAddr());
		if (locked.isEmpty()) {
			chain.doFilter(request, response);
			return;
		}
		long seconds = Math.max(1, locked.get().plusMillis(999).toSeconds());
		securityEvents.record(SecurityEventEntry.of(SecurityEventKind.LOGIN, Outcome.REFUSED)
			.account(request.getParameter("username"), null)
			.from(request.getRemoteAddr())
			.saying("throttled for " + seconds + " s"));
		response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
		request.setAttribute(WAIT, Duration.ofSeconds(seconds));
		request.getRequestDispatcher("/login/throttled").forward(request, response);
	}
}
