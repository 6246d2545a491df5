package io.lectern.quiz.internal;

import io.lectern.quiz.Quiz;
import io.lectern.quiz.QuizAttemptGraded;
import io.lectern.quiz.Quizzes;
import io.lectern.quiz.grading.Response;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
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
public class Attempts {

	private final AttemptRepository attempts;
	private final Quizzes quizzes;
	private final Clock clock;
	private final ApplicationEventPublisher events;
	private static final String ALREADY_SUBMITTED = "This attempt was already submitted; its result will not change.";

	private final SecureRandom seeds = new SecureRandom();

	Attempts(AttemptRepository attempts, Quizzes quizzes, Clock clock, ApplicationEventPublisher events) {
		this.attempts = attempts;
		this.quizzes = quizzes;
		this.clock = clock;
		this.events = events;
	}

	/**
	 * Starts an attempt, or hands back the one the learner has in progress: a second tab or a
	 * double click never uses up an attempt.
	 *
	 * @throws AttemptRefused when the quiz allows no more attempts
	 * @throws AttemptConflict when another start for the same learner won a race
	 */
	@Transactional
	public Attempt start(String quizId, String learner) {
		Quiz quiz = quiz(quizId);
		Optional<Attempt> open = attempts.findFirstByQuizIdAndLearnerAndState(quizId, learner, Attempt.State.IN_PROGRESS);
		if (open.isPresent()) {
			return open.get();
		}
		int number = attempts.countByQuizIdAndLearner(quizId, learner) + 1;
		try {
			return attempts.saveAndFlush(Attempt.start(quiz, learner, number, seeds.nextLong(), clock.instant()));
		}
		catch (DataIntegrityViolationException raced) {
			throw new AttemptConflict("Another attempt was started at the same moment; open the quiz again.");
		}
	}

	/** Keeps answers of an attempt in progress; each replaces the earlier answer to its question. */
	@Transactional
	public void save(String publicId, String learner, Map<String, Response> responses) {
		Attempt attempt = find(publicId, learner);
		if (attempt.state() == Attempt.State.SUBMITTED) {
			throw new AttemptConflict(ALREADY_SUBMITTED);
		}
		attempt.save(responses, clock.instant());
		try {
			attempts.saveAndFlush(attempt);
		}
		catch (ObjectOptimisticLockingFailureException submittedMeanwhile) {
			throw new AttemptConflict("This attempt changed in another window while saving; reload it and try again.");
		}
	}

	/**
	 * @throws AttemptConflict when the attempt was submitted already, by this request's twin or earlier
	 */
	@Transactional
	public GradedAttempt submit(String publicId, String learner, Map<String, Response> answers) {
		Attempt attempt = find(publicId, learner);
		if (attempt.state() == Attempt.State.SUBMITTED) {
			throw new AttemptConflict(ALREADY_SUBMITTED);
		}
		Quiz quiz = quiz(attempt.quizId());
		GradedAttempt result = attempt.submit(quiz, answers, clock.instant());
		try {
			attempts.saveAndFlush(attempt);
		}
		catch (ObjectOptimisticLockingFailureException | DataIntegrityViolationException anotherSubmitWon) {
			throw new AttemptConflict(ALREADY_SUBMITTED);
		}
		// Listeners run in this transaction, so a losing submit (rolled back) never announces a grade.
		events.publishEvent(new QuizAttemptGraded(attempt.publicId(), quiz.id(), learner, attempt.number(),
				result.percent(), result.passed(), result.gradedAt(), result.topicFractions(quiz)));
		return result;
	}

	public Optional<Attempt> attempt(String publicId, String learner) {
		return attempts.findByPublicIdAndLearner(publicId, learner);
	}

	/** @throws AttemptNotFound when the attempt does not exist or belongs to another learner */
	public Attempt find(String publicId, String learner) {
		return attempts.findByPublicIdAndLearner(publicId, learner).orElseThrow(AttemptNotFound::new);
	}

	/** The learner's attempts at a quiz, first to last, and what follows from them. */
	public Standing standing(Quiz quiz, String learner) {
		return new Standing(quiz, attempts.findByQuizIdAndLearnerOrderByNumber(quiz.id(), learner));
	}

	public Instant now() {
		return clock.instant();
	}

	private Quiz quiz(String quizId) {
		return quizzes.quiz(quizId).orElseThrow(AttemptNotFound::new);
	}
}
