package io.lectern.progress.internal.standing;

import io.lectern.accounts.LearnerId;
import io.lectern.content.Course;
import io.lectern.content.Lesson;
import io.lectern.progress.internal.CourseQuizzes;
import io.lectern.progress.internal.LearnerTally;
import io.lectern.progress.internal.completion.CompletionRepository;
import io.lectern.progress.internal.scores.ScoreRepository;
import io.lectern.progress.internal.visits.LessonVisit;
import io.lectern.progress.internal.visits.VisitRepository;
import io.lectern.quiz.Quiz;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/** Adds up the progress rows a standing is made of: one learner's in a course, or a whole course's. */
@Component
class StandingTallies {

	private final CourseQuizzes courses;
	private final VisitRepository visits;
	private final CompletionRepository completions;
	private final ScoreRepository scores;

	StandingTallies(CourseQuizzes courses, VisitRepository visits, CompletionRepository completions,
			ScoreRepository scores) {
		this.courses = courses;
		this.visits = visits;
		this.completions = completions;
		this.scores = scores;
	}

	/** Works the standing out again from the learner's rows in its course. */
	void count(CourseStanding standing, Course course) {
		LearnerId learner = standing.learner();
		standing.clear();
		visits.findById(new LessonVisit.Key(learner, course.slug().value())).ifPresent(visit -> standing.visited(visit.visitedAt()));
		List<String> lessons = lessonsOf(course);
		if (!lessons.isEmpty()) {
			completions.tallyOf(learner, course.slug().value(), lessons).ifPresent(standing::completed);
		}
		List<String> quizzes = quizzesOf(course);
		List<ScoreRepository.QuizTally> attempted = quizzes.isEmpty() ? List.of()
				: scores.tallyOf(learner).stream().filter(quiz -> quizzes.contains(quiz.quizId())).toList();
		if (!attempted.isEmpty()) {
			standing.graded(new LearnerTally(learner, attempted.stream().filter(quiz -> quiz.passes() > 0).count(),
					attempted.stream().map(ScoreRepository.QuizTally::latest).max(Instant::compareTo).orElseThrow()));
		}
	}

	/** Every standing in a course, worked out from the progress rows grouped by learner. */
	Map<LearnerId, CourseStanding> countAll(Course course) {
		Map<LearnerId, CourseStanding> byLearner = new HashMap<>();
		Function<LearnerId, CourseStanding> of = learner -> byLearner.computeIfAbsent(learner,
				any -> new CourseStanding(learner, course.slug().value()));
		visits.tallyOfCourse(course.slug().value()).forEach(visit -> of.apply(visit.learner()).visited(visit.latest()));
		List<String> lessons = lessonsOf(course);
		if (!lessons.isEmpty()) {
			completions.tallyOfCourse(course.slug().value(), lessons).forEach(done -> of.apply(done.learner()).completed(done));
		}
		List<String> quizzes = quizzesOf(course);
		if (!quizzes.isEmpty()) {
			scores.tallyOfQuizzes(quizzes).forEach(graded -> of.apply(graded.learner()).graded(graded));
		}
		return byLearner;
	}

	/** How many steps the course has: its lessons and its quizzes. */
	int steps(Course course) {
		return course.lessons().size() + courses.of(course).size();
	}

	List<String> lessonsOf(Course course) {
		return course.lessons().stream().map(Lesson::source).toList();
	}

	List<String> quizzesOf(Course course) {
		return courses.of(course).stream().map(quiz -> quiz.id().value()).toList();
	}
}
