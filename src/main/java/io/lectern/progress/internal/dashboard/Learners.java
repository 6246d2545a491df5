package io.lectern.progress.internal.dashboard;

import io.lectern.accounts.LearnerId;
import io.lectern.accounts.LearnerIdentity;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Optional;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;

/** The signed-in learner of a request, and their course progress, read once per request however many panels ask. */
@Component
class Learners {

	private static final String PROGRESS = Learners.class.getName() + ".progress";

	private final LearnerIdentity identity;
	private final Dashboards dashboards;

	Learners(LearnerIdentity identity, Dashboards dashboards) {
		this.identity = identity;
		this.dashboards = dashboards;
	}

	Optional<LearnerId> current(HttpServletRequest request) {
		return identity.current(request);
	}

	@SuppressWarnings("unchecked")
	List<CourseProgress> courses(LearnerId learner, HttpServletRequest request) {
		Object known = request.getAttribute(PROGRESS);
		if (known == null) {
			known = dashboards.courses(learner);
			request.setAttribute(PROGRESS, known);
		}
		return (List<CourseProgress>) known;
	}

	/** The CSRF token for forms in markup rendered outside Spring MVC's view machinery. */
	static CsrfToken csrf(HttpServletRequest request) {
		return (CsrfToken) request.getAttribute(CsrfToken.class.getName());
	}
}
