package io.lectern.quiz;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;

/**
 * Who is taking quizzes. Until learners have accounts, a learner is a browser session; the accounts
 * module will provide an implementation backed by the logged-in user and this one goes.
 */
public interface LearnerIdentity {

	/** The learner making this request, if they already have an identity; never creates one. */
	Optional<String> current(HttpServletRequest request);

	/** The learner making this request, giving them an identity first if they have none. */
	String establish(HttpServletRequest request);
}
