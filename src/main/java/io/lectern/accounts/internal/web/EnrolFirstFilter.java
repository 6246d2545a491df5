package io.lectern.accounts.internal.web;

import io.lectern.accounts.internal.mfa.MfaPolicy;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Holds back a login that must set up two-step login first ({@code lectern.security.mfa-required-roles}):
 * pages lead to the set-up page, everything else is refused with 403, until it is on. Logging out,
 * static files and the error page stay open.
 */
class EnrolFirstFilter extends OncePerRequestFilter {

	static final String ENROLMENT = MfaPolicy.SET_UP_PAGE;

	/** A passkey serves as well as an app: its page and Spring Security's registration stay open. */
	private static final Set<String> OPEN = Set.of(ENROLMENT, "/logout", "/error", "/favicon.svg", "/me/security/passkeys",
			PasskeyRegistrationFilter.OPTIONS, PasskeyRegistrationFilter.REGISTER);

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		String path = request.getServletPath();
		return session == null || session.getAttribute(MfaPolicy.ENROL_FIRST) == null || OPEN.contains(path)
				|| path.startsWith("/css/") || path.startsWith("/js/") || path.startsWith("/fonts/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if ("GET".equals(request.getMethod()) && !request.getServletPath().startsWith("/api/")) {
			response.sendRedirect(ENROLMENT);
			return;
		}
		response.sendError(HttpStatus.FORBIDDEN.value());
	}
}
