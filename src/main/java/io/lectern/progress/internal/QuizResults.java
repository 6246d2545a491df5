package io.lectern.progress.internal;

import io.lectern.content.Lesson;
import io.lectern.progress.internal.review.ReviewCard;
import io.lectern.progress.internal.review.ReviewSchedule;
import io.lectern.quiz.Quiz;
import io.lectern.quiz.QuizAttemptGraded;
import io.lectern.quiz.QuizAttemptGraded.QuestionGraded;
import io.lectern.quiz.Quizzes;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.scheduling.annotation.Async;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.stereotype.Service;

/**
 * Keeps what a graded attempt means for progress: the score, each question's result for mastery,
 * questions to review, when the attempt passed its lessons completed, and the learner's standing in
 * each course that counts the quiz. An event delivered a second time (after a crash, say) finds its
 * score already kept and changes nothing.
 */
@Service
class QuizResults {

	private final ScoreRepository scores;
	private final ReviewRepository reviews;
	private final EntityManager entities;
	private final Quizzes quizzes;
	private final CourseQuizzes courses;
	private final Completions completions;
	private final CourseCompletions courseCompletions;
	private final Standings standings;
	private final OwnTransaction ownTransaction;
	private final QuestionResults questionResults;

	QuizResults(ScoreRepository scores, ReviewRepository reviews, EntityManager entities, Quizzes quizzes,
			CourseQuizzes courses, Completions completions, CourseCompletions courseCompletions, Standings standings,
			OwnTransaction ownTransaction, QuestionResults questionResults) {
		this.standings = standings;
		this.questionResults = questionResults;
		this.ownTransaction = ownTransaction;
		this.scores = scores;
		this.reviews = reviews;
		this.entities = entities;
		this.quizzes = quizzes;
		this.courses = courses;
		this.completions = completions;
		this.courseCompletions = courseCompletions;
	}

	/**
	 * Runs after the attempt's transaction commits, on its own thread, and is retried when another
	 * attempt of the same learner, recorded at the same moment, touched the same review card.
	 * Succeeding marks the event's publication complete; failing five times leaves it for the
	 * registry to deliver again at the next start.
	 */
	@Async
	@TransactionalEventListener
	void on(QuizAttemptGraded graded) {
		ownTransaction.retrying(() -> record(graded));
	}

	private void record(QuizAttemptGraded graded) {
		Optional<Quiz> quiz = quizzes.quiz(graded.quizId());
		// First, so that the learner's other attempts recorded at the same moment wait for this one
		// rather than clash with it over review cards and standings.
		quiz.ifPresent(attempted -> standings.hold(graded.learner(), attempted, graded.gradedAt()));
		if (scores.existsById(graded.attemptId())) {
			return;
		}
		// Read before this attempt's score is kept: only a quiz's first pass changes what it counts for.
		boolean firstPass = graded.passed()
				&& !scores.quizzesPassedBy(graded.learner()).contains(graded.quizId());
		entities.persist(new QuizScore(graded.attemptId(), graded.learner(), graded.quizId(), graded.attemptNumber(),
				graded.percent(), graded.passed(), graded.gradedAt()));
		List<QuestionGraded> missed = new ArrayList<>();
		List<QuestionResult> answered = new ArrayList<>();
		for (QuestionGraded question : graded.questions()) {
			answered.add(new QuestionResult(graded.learner(), graded.quizId(), question.questionId(), question.topics(),
					question.fraction(), graded.gradedAt(), QuestionResult.In.QUIZ));
			if (ReviewSchedule.needsReview(question.fraction())) {
				missed.add(question);
			}
		}
		questionResults.add(answered);
		scheduleReviews(graded, missed);
		entities.flush();
		boolean lessonsCompleted = false;
		if (graded.passed()) {
			for (Lesson lesson : quiz.map(courses::lessonsOf).orElse(List.of())) {
				lessonsCompleted |= completions.completeWithin(graded.learner(), lesson, LessonCompletion.By.QUIZ);
			}
		}
		if (quiz.isEmpty()) {
			return;
		}
		if (firstPass) {
			// Passing the quiz is a step of its courses. A lesson this pass completed is a step too, but
			// its LessonCompleted event has the course checked already.
			standings.coursesCounting(quiz.get())
				.forEach(course -> courseCompletions.check(graded.learner(), course, graded.gradedAt()));
		}
		if (firstPass || lessonsCompleted) {
			standings.refresh(graded.learner(), quiz.get());
		}
		else {
			// A failed attempt, or another pass: the learner's figures stay as they were, but for when
			// they were last active. Working them out again would read the learner's every score.
			standings.activeAt(graded.learner(), quiz.get(), graded.gradedAt());
		}
	}

	/** Puts missed questions in the review queue, or back at its start: the quiz's cards read in one query. */
	private void scheduleReviews(QuizAttemptGraded graded, List<QuestionGraded> missed) {
		if (missed.isEmpty()) {
			return;
		}
		Map<String, ReviewItem> cards = reviews.findByLearnerAndQuizId(graded.learner(), graded.quizId())
			.stream()
			.collect(Collectors.toMap(ReviewItem::questionId, Function.identity()));
		for (QuestionGraded question : missed) {
			ReviewItem card = cards.get(question.questionId());
			if (card != null) {
				card.missedAgain(graded.gradedAt());
			}
			else {
				entities.persist(new ReviewItem(graded.learner(), graded.quizId(), question.questionId(),
						ReviewCard.firstMiss(graded.gradedAt())));
			}
		}
	}
}
