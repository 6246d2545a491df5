package io.lectern.progress.internal.scores;

import io.lectern.content.Lesson;
import io.lectern.progress.internal.completion.Completions;
import io.lectern.progress.internal.mastery.GradedAnswers;
import io.lectern.progress.internal.mastery.ResultsColumn;
import io.lectern.progress.internal.review.Reviews;
import io.lectern.progress.internal.steps.StepsView;
import io.lectern.quiz.QuizAttemptGraded;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Keeps the rows a graded attempt means for progress, in the caller's transaction: its score, each
 * question's result for mastery, the questions to review and, when it passed, its lessons completed.
 */
@Component
public class AttemptRecords {

	/**
	 * What keeping the attempt changed in the steps of its courses.
	 *
	 * @param firstPass whether it was the learner's first pass of the quiz
	 * @param lessonsCompleted whether passing it completed a lesson
	 */
	public record Kept(boolean firstPass, boolean lessonsCompleted) {

		/** Whether a standing's figures, not only its last active time, may have changed. */
		public boolean changesSteps() {
			return firstPass || lessonsCompleted;
		}
	}

	private final ScoreRepository scores;
	private final GradedAnswers gradedAnswers;
	private final Reviews reviews;
	private final Completions completions;
	private final EntityManager entities;
	private final StepsView steps;

	AttemptRecords(ScoreRepository scores, GradedAnswers gradedAnswers, Reviews reviews, Completions completions,
			EntityManager entities, StepsView steps) {
		this.scores = scores;
		this.gradedAnswers = gradedAnswers;
		this.reviews = reviews;
		this.completions = completions;
		this.entities = entities;
		this.steps = steps;
	}

	/**
	 * Keeps the attempt, unless it was kept before: one recorded after its submit may be delivered again.
	 *
	 * @param lessons the lessons its quiz belongs to, completed when it passed
	 */
	public Optional<Kept> keep(QuizAttemptGraded graded, List<Lesson> lessons) {
		return scores.existsById(graded.attemptId()) ? Optional.empty() : Optional.of(keepNew(graded, lessons));
	}

	/** Keeps an attempt that cannot have been kept before, in its own submit's transaction. */
	public Kept keepNew(QuizAttemptGraded graded, List<Lesson> lessons) {
		// Read before this attempt's score is kept: only a quiz's first pass changes what it counts for.
		boolean firstPass = graded.passed() && !scores.quizzesPassedBy(graded.learner()).contains(graded.quizId().value());
		entities.persist(new QuizScore(graded.attemptId(), graded.learner(), graded.quizId().value(), graded.attemptNumber(),
				graded.percent(), graded.passed(), graded.gradedAt()));
		gradedAnswers.add(graded.learner(), graded.quizId().value(), graded.gradedAt(), GradedAnswers.In.QUIZ,
				graded.questions()
					.stream()
					.map(question -> new ResultsColumn.Result(question.questionId(), question.fraction(), question.topics()))
					.toList());
		reviews.missedInQuiz(graded.learner(), graded.quizId().value(), graded.questions(), graded.gradedAt());
		entities.flush();
		if (graded.passed()) {
			// A pass is a step done: lesson pages read the learner's steps again once this commits.
			steps.changed(graded.learner());
		}
		boolean lessonsCompleted = graded.passed() && completions.completeByPass(graded.learner(), lessons);
		return new Kept(firstPass, lessonsCompleted);
	}
}
