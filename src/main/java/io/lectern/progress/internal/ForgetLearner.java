package io.lectern.progress.internal;

import io.lectern.accounts.LearnerDeleted;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** When a learner deletes their account, everything progress kept about them goes too. */
@Component
class ForgetLearner {

	private final CompletionRepository completions;
	private final VisitRepository visits;
	private final CourseCompletionRepository courses;
	private final ScoreRepository scores;
	private final ResultRepository results;
	private final ReviewRepository reviews;

	ForgetLearner(CompletionRepository completions, VisitRepository visits, CourseCompletionRepository courses,
			ScoreRepository scores, ResultRepository results, ReviewRepository reviews) {
		this.completions = completions;
		this.visits = visits;
		this.courses = courses;
		this.scores = scores;
		this.results = results;
		this.reviews = reviews;
	}

	@ApplicationModuleListener
	void on(LearnerDeleted deleted) {
		String learner = deleted.learnerId();
		completions.deleteByLearner(learner);
		visits.deleteByLearner(learner);
		courses.deleteByLearner(learner);
		scores.deleteByLearner(learner);
		results.deleteByLearner(learner);
		reviews.deleteByLearner(learner);
	}
}
