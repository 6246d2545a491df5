package io.lectern.quiz.internal;

import io.lectern.accounts.LearnerId;
import io.lectern.authoring.QuizId;
import io.lectern.quiz.Quiz;
import io.lectern.quiz.QuizQuestion;
import io.lectern.quiz.grading.Response;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Limit;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Starts, saves and submits attempts, each request's work in one transaction. Exactly-once is the
 * database's job: the attempt number is unique per learner and quiz, and a submit commits only if
 * no other change (another submit) committed since the attempt was read ({@link AttemptSubmits}).
 *
 * <p>An attempt is only ever found together with its learner and its quiz, and is shown, saved and
 * graded with the {@link QuizVersion} it started with ({@link OwnAttempts}).
 */
@Service
public class Attempts {

	/** A started attempt with its quiz version, and whether it was one already in progress. */
	public record Started(Attempt attempt, QuizVersion version, boolean resumed) {
	}

	/**
	 * An attempt with its quiz version, as its learner opens it; once it is submitted, with their
	 * standing in the quiz, which the review's rules and its "Try again" need.
	 */
	public record Opened(Attempt attempt, QuizVersion version, Optional<Standing> standing) {
	}

	/** A just-submitted attempt, its version and result, and whether its review may show the correct answers. */
	public record Submitted(Attempt attempt, QuizVersion version, GradedAttempt result, boolean correctAnswersShown) {
	}

	private final AttemptRepository attempts;
	private final OwnAttempts own;
	private final AttemptSubmits submits;
	private final QuizVersions versions;
	private final Clock clock;
	private final TransactionTemplate transaction;
	private final SecureRandom seeds = new SecureRandom();

	Attempts(AttemptRepository attempts, OwnAttempts own, AttemptSubmits submits, QuizVersions versions, Clock clock,
			PlatformTransactionManager transactions) {
		this.attempts = attempts;
		this.own = own;
		this.submits = submits;
		this.versions = versions;
		this.clock = clock;
		this.transaction = new TransactionTemplate(transactions);
	}

	/**
	 * Starts an attempt, or hands back the one the learner has in progress: a second tab or a
	 * double click never uses up an attempt.
	 *
	 * @throws AttemptRefused when the quiz allows no more attempts
	 * @throws AttemptConflict when another start for the same learner won a race
	 */
	public Started start(QuizId quizId, LearnerId learner) {
		Quiz quiz = own.quiz(quizId);
		// Kept before the learner's transaction, in transactions of its own (see QuizVersions.keep).
		QuizVersion version = versions.keep(quiz);
		return transaction.execute(status -> start(quiz, version, learner));
	}

	private Started start(Quiz quiz, QuizVersion version, LearnerId learner) {
		// Only the last attempt can be in progress: a start resumes it rather than begin another.
		Optional<AttemptRepository.Last> last = attempts.lastAttempts(quiz.id(), learner, Limit.of(1)).stream().findFirst();
		if (last.isPresent() && last.get().state() == Attempt.State.IN_PROGRESS) {
			Attempt resumed = own.find(quiz.id(), last.get().publicId(), learner);
			return new Started(resumed, own.versionOf(resumed), true);
		}
		int number = last.map(AttemptRepository.Last::number).orElse(0) + 1;
		try {
			return new Started(attempts.saveAndFlush(Attempt.start(quiz, version, learner, number, seeds.nextLong(),
					clock.instant())), version, false);
		}
		catch (DataIntegrityViolationException raced) {
			throw new AttemptConflict("refusal.attempt.startedTwice");
		}
	}

	/**
	 * Keeps answers of an attempt in progress; each replaces the earlier answer to its question.
	 *
	 * @param answersFor the answers, given the attempt's questions as it started with them (a form is read by them)
	 */
	@Transactional
	public void save(QuizId quizId, String publicId, LearnerId learner,
			Function<List<QuizQuestion>, Map<String, Response>> answersFor) {
		Attempt attempt = own.inProgress(quizId, publicId, learner);
		attempt.save(answersFor.apply(OwnAttempts.questionsOf(attempt, own.versionOf(attempt))), clock.instant());
		try {
			attempts.saveAndFlush(attempt);
		}
		catch (ObjectOptimisticLockingFailureException submittedMeanwhile) {
			throw new AttemptConflict("refusal.attempt.changedElsewhere");
		}
	}

	/**
	 * Grades the attempt and closes it, as of when this same submission first arrived, and has the
	 * other modules record it in the same transaction. If one of them fails, the submit is made
	 * again without them, to be recorded after it ({@link AttemptAnnouncements}): never lost for it.
	 *
	 * @param answersFor last answers sent with the submit, given the attempt's questions as it started with them
	 * @param firstArrived when the server first received this submission with these answers and
	 *     told it to come back ({@link SubmitsBusy}): it is graded as of then, so a wait in the
	 *     queue that outlasts the time limit costs the learner nothing; empty for now
	 * @throws AttemptConflict when the attempt was submitted already, by this request's twin or earlier
	 */
	public Submitted submit(QuizId quizId, String publicId, LearnerId learner,
			Function<List<QuizQuestion>, Map<String, Response>> answersFor, Optional<Instant> firstArrived) {
		return submits.submit(quizId, publicId, learner, answersFor, firstArrived);
	}

	/** @throws AttemptNotFound when the attempt is not this learner's, or not of this quiz */
	@Transactional(readOnly = true)
	public Opened open(QuizId quizId, String publicId, LearnerId learner) {
		Attempt attempt = own.find(quizId, publicId, learner);
		return new Opened(attempt, own.versionOf(attempt), attempt.state() == Attempt.State.SUBMITTED
				? Optional.of(own.standing(own.quiz(quizId), learner)) : Optional.empty());
	}

	/** @throws AttemptNotFound when the attempt is not this learner's, or not of this quiz */
	@Transactional(readOnly = true)
	public Attempt find(QuizId quizId, String publicId, LearnerId learner) {
		return own.find(quizId, publicId, learner);
	}

	/** The learner's attempts at a quiz, first to last, and what follows from them. */
	@Transactional(readOnly = true)
	public Standing standing(Quiz quiz, LearnerId learner) {
		return own.standing(quiz, learner);
	}

	public Instant now() {
		return clock.instant();
	}
}
