package io.lectern.web;

import io.lectern.accounts.SignedIn;
import io.lectern.quiz.LearnerIdentity;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** A learner is the account logged in to this session; guests are nobody. */
@Component
class SignedInLearners implements LearnerIdentity {

	@Override
	public Optional<String> current(HttpServletRequest request) {
		return signedIn().map(SignedIn::learnerId);
	}

	static Optional<SignedIn> signedIn() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.getPrincipal() instanceof SignedIn user ? Optional.of(user)
				: Optional.empty();
	}
}
