package io.lectern.progress.internal.history;

import io.lectern.accounts.LearnerId;
import io.lectern.accounts.LearnerDeleted;
import io.lectern.progress.internal.completion.CompletionRepository;
import io.lectern.progress.internal.completion.CourseCompletionRepository;
import io.lectern.progress.internal.mastery.GradedAnswers;
import io.lectern.progress.internal.review.ReviewRepository;
import io.lectern.progress.internal.scores.ScoreRepository;
import io.lectern.progress.internal.standing.StandingRepository;
import io.lectern.progress.internal.visits.LessonVisits;
import io.lectern.progress.internal.visits.VisitRepository;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Everything progress keeps about a learner: handed out as plain records (one query per table) for
 * "download my data", and deleted when the learner deletes their account.
 */
@Service
class ProgressRecords implements ProgressHistory {

	private final CompletionRepository completions;
	private final LessonVisits lessonVisits;
	private final VisitRepository visits;
	private final CourseCompletionRepository courses;
	private final ScoreRepository scores;
	private final GradedAnswers results;
	private final ReviewRepository reviews;
	private final StandingRepository standings;

	ProgressRecords(CompletionRepository completions, LessonVisits lessonVisits, VisitRepository visits, CourseCompletionRepository courses,
			ScoreRepository scores, GradedAnswers results, ReviewRepository reviews, StandingRepository standings) {
		this.completions = completions;
		this.lessonVisits = lessonVisits;
		this.visits = visits;
		this.courses = courses;
		this.scores = scores;
		this.results = results;
		this.reviews = reviews;
		this.standings = standings;
	}

	@ApplicationModuleListener
	void on(LearnerDeleted deleted) {
		LearnerId learner = deleted.learnerId();
		lessonVisits.forget(learner);
		completions.deleteByLearner(learner);
		visits.deleteByLearner(learner);
		courses.deleteByLearner(learner);
		scores.deleteByLearner(learner);
		results.forget(learner);
		reviews.deleteByLearner(learner);
		standings.deleteByLearner(learner);
	}

	@Override
	@Transactional(readOnly = true)
	public Records of(LearnerId learner) {
		lessonVisits.handOn();
		return new Records(
				completions.findByLearner(learner).stream()
					.map(c -> new Completion(c.courseSlug(), c.lessonSource(), c.completedAt(), c.completedBy().name()))
					.toList(),
				visits.findByLearner(learner).stream()
					.map(v -> new Visit(v.courseSlug(), v.lessonSource(), v.visitedAt()))
					.toList(),
				courses.findByLearner(learner).stream()
					.map(c -> new CourseFinished(c.courseSlug(), c.completedAt()))
					.toList(),
				scores.findByLearnerOrderByGradedAt(learner).stream()
					.map(s -> new Score(s.quizId(), s.number(), s.percent(), s.passed(), s.gradedAt()))
					.toList(),
				results.of(learner).stream()
					.map(r -> new Answer(r.quizId(), r.questionId(), r.topics(), r.fraction(), r.answeredAt(),
							r.answeredIn().name()))
					.toList(),
				reviews.findByLearner(learner).stream()
					.map(r -> new Review(r.quizId(), r.questionId(), r.card().repetitions(), r.card().ease(),
							r.card().intervalDays(), r.dueAt(), r.retired()))
					.toList());
	}
}
