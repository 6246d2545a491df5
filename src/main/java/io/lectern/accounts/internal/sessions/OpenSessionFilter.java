package io.lectern.accounts.internal.sessions;

import io.lectern.accounts.SignedIn;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Logs out a request whose login has been ended elsewhere (from the list of sessions, by a password
 * change or a reset): the HTTP session is invalidated and the request goes on as a guest's, so a
 * page that needs a login sends it to the login form. Static files are served without the check.
 */
public class OpenSessionFilter extends OncePerRequestFilter {

	private final AccountSessions sessions;

	public OpenSessionFilter(AccountSessions sessions) {
		this.sessions = sessions;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getServletPath();
		return path.startsWith("/css/") || path.startsWith("/js/") || path.startsWith("/fonts/")
				|| path.equals("/favicon.svg");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof SignedIn user
				&& !sessions.stillOpen(user, request)) {
			new SecurityContextLogoutHandler().logout(request, response, authentication);
		}
		chain.doFilter(request, response);
	}
}
