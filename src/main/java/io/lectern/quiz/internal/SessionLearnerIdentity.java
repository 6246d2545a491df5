package io.lectern.quiz.internal;

import io.lectern.quiz.LearnerIdentity;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.web.util.WebUtils;

/**
 * A learner is a browser session: a random id kept in the session, so attempts survive reloads
 * and another browser can never name them. Reading never creates a session, so guests who only
 * read lessons cost nothing.
 */
@Component
class SessionLearnerIdentity implements LearnerIdentity {

	private static final String ATTRIBUTE = "lectern.learner";

	@Override
	public Optional<String> current(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		return session == null ? Optional.empty() : Optional.ofNullable((String) session.getAttribute(ATTRIBUTE));
	}

	@Override
	public String establish(HttpServletRequest request) {
		HttpSession session = request.getSession(true);
		// Two first requests of one session racing must not hand out two identities.
		synchronized (WebUtils.getSessionMutex(session)) {
			String learner = (String) session.getAttribute(ATTRIBUTE);
			if (learner == null) {
				learner = "guest-" + UUID.randomUUID();
				session.setAttribute(ATTRIBUTE, learner);
			}
			return learner;
		}
	}
}
