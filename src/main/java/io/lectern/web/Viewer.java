package io.lectern.web;

import io.lectern.accounts.Role;
import io.lectern.accounts.SignedIn;
import io.lectern.authoring.ProblemBoard;
import io.lectern.content.ContentCommit;
import io.lectern.content.ContentSource;
import org.springframework.beans.factory.ObjectProvider;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.csrf.CsrfToken;

/**
 * The signed-in person as the page header shows them, with the CSRF token its logout form needs.
 * Guests have no viewer, and reading a page never gives them a session.
 *
 * @param contentProblems the errors and warnings in the content, which instructors and admins see
 *     counted in the header; 0 for learners
 * @param contentCommit the commit of the course repository this instance serves, which admins see
 *     in the header; null for others, and when the courses do not come from git
 */
public record Viewer(String displayName, boolean instructor, boolean admin, String csrfParameter, String csrfToken,
		int contentProblems, String contentCommit) {

	/** @param content where the courses come from; absent in slices of the application without the content module */
	static Optional<Viewer> of(HttpServletRequest request, ProblemBoard problems, ObjectProvider<ContentSource> content) {
		// As Spring Security hands the request its principal; anonymous guests have none.
		Optional<SignedIn> user = request.getUserPrincipal() instanceof Authentication authentication
				&& authentication.getPrincipal() instanceof SignedIn who ? Optional.of(who) : Optional.empty();
		CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
		if (user.isEmpty() || csrf == null) {
			return Optional.empty();
		}
		SignedIn who = user.get();
		boolean instructor = who.has(Role.INSTRUCTOR) || who.has(Role.ADMIN);
		return Optional.of(new Viewer(who.displayName(), instructor, who.has(Role.ADMIN), csrf.getParameterName(),
				csrf.getToken(), instructor ? problems.count() : 0,
				who.has(Role.ADMIN) ? commit(content.getIfAvailable()) : null));
	}

	private static String commit(ContentSource content) {
		return content == null ? null : content.commit().map(ContentCommit::shortId).orElse(null);
	}
}
