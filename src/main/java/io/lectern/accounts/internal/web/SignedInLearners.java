package io.lectern.accounts.internal.web;

import io.lectern.accounts.LearnerId;
import io.lectern.accounts.LearnerIdentity;
import io.lectern.accounts.SignedIn;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * A learner is the account logged in to the request's session, as Spring Security hands it to
 * the request; guests (anonymous to Spring Security) are nobody.
 */
@Component
class SignedInLearners implements LearnerIdentity {

	@Override
	public Optional<LearnerId> current(HttpServletRequest request) {
		return request.getUserPrincipal() instanceof Authentication authentication
				&& authentication.getPrincipal() instanceof SignedIn user ? Optional.of(user.learnerId()) : Optional.empty();
	}
}
