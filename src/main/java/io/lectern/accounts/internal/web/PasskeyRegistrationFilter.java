package io.lectern.accounts.internal.web;

import io.lectern.accounts.SignedIn;
import io.lectern.accounts.internal.mfa.MfaPolicy;
import io.lectern.accounts.internal.passkeys.Passkeys;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Stands in front of Spring Security's passkey registration: only a logged-in account registers a
 * passkey, under a user handle that is its learner id; each new passkey is named within bounds and
 * recorded as a security event, and counts as the second factor an account held back to set one up
 * needed. Spring's own removal ({@code DELETE /webauthn/register/{id}}) is closed: passkeys are
 * removed on the passkeys page, with the current password, and recorded.
 */
class PasskeyRegistrationFilter extends OncePerRequestFilter {

	static final String OPTIONS = "/webauthn/register/options";
	static final String REGISTER = "/webauthn/register";

	private final Passkeys passkeys;

	PasskeyRegistrationFilter(Passkeys passkeys) {
		this.passkeys = passkeys;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getServletPath();
		return !(path.equals(OPTIONS) || path.equals(REGISTER) || path.startsWith(REGISTER + "/"));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String path = request.getServletPath();
		if (!"POST".equals(request.getMethod()) || !(path.equals(OPTIONS) || path.equals(REGISTER))) {
			response.sendError(HttpStatus.NOT_FOUND.value());
			return;
		}
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !(authentication.getPrincipal() instanceof SignedIn user)) {
			response.sendError(HttpStatus.UNAUTHORIZED.value());
			return;
		}
		if (path.equals(OPTIONS)) {
			passkeys.prepare(user.learnerId().value(), user.getUsername(), user.displayName());
			chain.doFilter(request, response);
			return;
		}
		Set<String> before = passkeys.ids(user.learnerId().value());
		chain.doFilter(request, response);
		if (response.getStatus() == HttpStatus.OK.value()
				&& passkeys.added(user.learnerId().value(), user.getUsername(), before, request.getRemoteAddr())) {
			HttpSession session = request.getSession(false);
			if (session != null) {
				session.removeAttribute(MfaPolicy.ENROL_FIRST);
			}
		}
	}
}
