package io.lectern.progress.internal;

import io.lectern.quiz.Quizzes;
import io.lectern.quiz.ReviewQueue;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A learner's review queue. Questions missed in a quiz come back for review on an SM-2-style
 * schedule (see {@link io.lectern.progress.internal.review.ReviewCard}); a question whose quiz or
 * question no longer exists in the content is skipped.
 */
@Service
class Reviews implements ReviewQueue {

	private final ReviewRepository reviews;
	private final EntityManager entities;
	private final Quizzes quizzes;

	Reviews(ReviewRepository reviews, EntityManager entities, Quizzes quizzes) {
		this.reviews = reviews;
		this.entities = entities;
		this.quizzes = quizzes;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Due> due(String learner, Instant now) {
		return reviews.findByLearnerAndRetiredFalseAndDueAtLessThanEqualOrderByDueAt(learner, now)
			.stream()
			.filter(this::stillInTheContent)
			.map(item -> new Due(item.quizId(), item.questionId(), item.dueAt()))
			.toList();
	}

	@Override
	@Transactional
	public void answered(String learner, String quizId, String questionId, List<String> topics, double fraction,
			Instant at) {
		reviews.findById(new ReviewItem.Key(learner, quizId, questionId)).ifPresent(item -> item.answered(fraction, at));
		entities.persist(new QuestionResult(learner, quizId, questionId, topics, fraction, at, QuestionResult.In.REVIEW));
	}

	private boolean stillInTheContent(ReviewItem item) {
		return quizzes.quiz(item.quizId()).flatMap(quiz -> quiz.question(item.questionId())).isPresent();
	}
}
