package io.lectern.progress.internal.review;

import io.lectern.accounts.LearnerId;
import io.lectern.progress.internal.CourseQuizzes;
import io.lectern.progress.internal.mastery.GradedAnswers;
import io.lectern.progress.internal.mastery.ResultsColumn;
import io.lectern.quiz.QuizAttemptGraded.QuestionGraded;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A learner's review queue. Questions missed in a quiz come back for review on an SM-2-style
 * schedule (see {@link ReviewCard}); a question whose quiz or question no longer exists in the
 * content is skipped.
 */
@Service
public class Reviews {

	/** A question due for review. */
	public record Due(String quizId, String questionId, Instant dueAt) {
	}

	private final ReviewRepository reviews;
	private final EntityManager entities;
	private final CourseQuizzes quizzes;
	private final GradedAnswers gradedAnswers;

	Reviews(ReviewRepository reviews, EntityManager entities, CourseQuizzes quizzes, GradedAnswers gradedAnswers) {
		this.reviews = reviews;
		this.entities = entities;
		this.quizzes = quizzes;
		this.gradedAnswers = gradedAnswers;
	}

	/** The questions due at {@code now}, longest overdue first. */
	@Transactional(readOnly = true)
	public List<Due> due(LearnerId learner, Instant now) {
		return reviews.findByLearnerAndRetiredFalseAndDueAtLessThanEqualOrderByDueAt(learner, now)
			.stream()
			.filter(this::stillInTheContent)
			.map(item -> new Due(item.quizId(), item.questionId(), item.dueAt()))
			.toList();
	}

	/** Records a graded review answer: it moves the question along the schedule and counts towards mastery. */
	@Transactional
	public void answered(LearnerId learner, String quizId, String questionId, List<String> topics, double fraction,
			Instant at) {
		reviews.findById(new ReviewItem.Key(learner, quizId, questionId)).ifPresent(item -> item.answered(fraction, at));
		gradedAnswers.add(learner, quizId, at, GradedAnswers.In.REVIEW,
				List.of(new ResultsColumn.Result(questionId, fraction, topics)));
	}

	/**
	 * Puts the questions a quiz attempt missed in the review queue, or back at its start, in the
	 * caller's transaction: the quiz's cards read in one query.
	 */
	public void missedInQuiz(LearnerId learner, String quizId, List<QuestionGraded> answers, Instant at) {
		List<QuestionGraded> missed = answers.stream().filter(answer -> ReviewSchedule.needsReview(answer.fraction())).toList();
		if (missed.isEmpty()) {
			return;
		}
		Map<String, ReviewItem> cards = reviews.findByLearnerAndQuizId(learner, quizId)
			.stream()
			.collect(Collectors.toMap(ReviewItem::questionId, Function.identity()));
		for (QuestionGraded question : missed) {
			ReviewItem card = cards.get(question.questionId());
			if (card != null) {
				card.missedAgain(at);
			}
			else {
				entities.persist(new ReviewItem(learner, quizId, question.questionId(), ReviewCard.firstMiss(at)));
			}
		}
	}

	private boolean stillInTheContent(ReviewItem item) {
		return quizzes.quiz(item.quizId()).flatMap(quiz -> quiz.question(item.questionId())).isPresent();
	}
}
