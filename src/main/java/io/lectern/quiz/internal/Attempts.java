package io.lectern.quiz.internal;

import io.lectern.quiz.Quiz;
import io.lectern.quiz.QuizAttemptGraded;
import io.lectern.quiz.Quizzes;
import io.lectern.quiz.grading.Response;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Starts, saves and submits attempts. Exactly-once is the database's job: the attempt number is
 * unique per learner and quiz, and a submit commits only if no other change (another submit)
 * committed since the attempt was read.
 */
@Service
class Attempts {

	private final AttemptRepository attempts;
	private final Quizzes quizzes;
	private final Clock clock;
	private final ApplicationEventPublisher events;
	private final SecureRandom seeds = new SecureRandom();

	Attempts(AttemptRepository attempts, Quizzes quizzes, Clock clock, ApplicationEventPublisher events) {
		this.attempts = attempts;
		this.quizzes = quizzes;
		this.clock = clock;
		this.events = events;
	}

	/** @throws AttemptRefused when the quiz allows no more attempts, or another start won a race */
	@Transactional
	Attempt start(String quizId, String learner) {
		Quiz quiz = quiz(quizId);
		int number = attempts.countByQuizIdAndLearner(quizId, learner) + 1;
		try {
			return attempts.saveAndFlush(Attempt.start(quiz, learner, number, seeds.nextLong(), clock.instant()));
		}
		catch (DataIntegrityViolationException raced) {
			throw new AttemptConflict("Another attempt was started at the same moment; open the quiz again.");
		}
	}

	@Transactional
	void save(String publicId, String learner, String questionId, Response response) {
		Attempt attempt = find(publicId, learner);
		attempt.save(questionId, response, clock.instant());
	}

	/**
	 * @throws AttemptConflict when the attempt was submitted already, by this request's twin or earlier
	 */
	@Transactional
	GradedAttempt submit(String publicId, String learner, Map<String, Response> answers) {
		Attempt attempt = find(publicId, learner);
		if (attempt.state() == Attempt.State.SUBMITTED) {
			throw new AttemptConflict("This attempt was already submitted; its result will not change.");
		}
		Quiz quiz = quiz(attempt.quizId());
		GradedAttempt result = attempt.submit(quiz, answers, clock.instant());
		try {
			attempts.saveAndFlush(attempt);
		}
		catch (ObjectOptimisticLockingFailureException | DataIntegrityViolationException anotherSubmitWon) {
			throw new AttemptConflict("This attempt was already submitted; its result will not change.");
		}
		// Listeners run in this transaction, so a losing submit (rolled back) never announces a grade.
		events.publishEvent(new QuizAttemptGraded(attempt.publicId(), quiz.id(), learner, attempt.number(),
				result.percent(), result.passed(), result.gradedAt(), result.topicFractions(quiz)));
		return result;
	}

	Optional<Attempt> attempt(String publicId, String learner) {
		return attempts.findByPublicIdAndLearner(publicId, learner);
	}

	private Attempt find(String publicId, String learner) {
		return attempts.findByPublicIdAndLearner(publicId, learner).orElseThrow(AttemptNotFound::new);
	}

	private Quiz quiz(String quizId) {
		return quizzes.quiz(quizId).orElseThrow(AttemptNotFound::new);
	}
}
