package io.lectern.accounts;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;

/**
 * Who is making a request: the logged-in learner, by the stable id other modules key their records
 * with. Guests have none, and the security policy sends them to log in wherever one is needed.
 */
public interface LearnerIdentity {

	/** The learner making this request; empty for a guest. */
	Optional<LearnerId> current(HttpServletRequest request);
}
