package io.lectern.web;

import io.lectern.accounts.Role;
import io.lectern.accounts.SignedIn;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.springframework.security.web.csrf.CsrfToken;

/**
 * The signed-in person as the page header shows them, with the CSRF token its logout form needs.
 * Guests have no viewer, and reading a page never gives them a session.
 */
public record Viewer(String displayName, boolean instructor, boolean admin, String csrfParameter, String csrfToken) {

	static Optional<Viewer> of(HttpServletRequest request) {
		Optional<SignedIn> user = SignedInLearners.signedIn();
		CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
		if (user.isEmpty() || csrf == null) {
			return Optional.empty();
		}
		SignedIn who = user.get();
		return Optional.of(new Viewer(who.displayName(), who.has(Role.INSTRUCTOR) || who.has(Role.ADMIN),
				who.has(Role.ADMIN), csrf.getParameterName(), csrf.getToken()));
	}
}
