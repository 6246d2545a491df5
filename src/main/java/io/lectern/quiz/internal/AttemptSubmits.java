package io.lectern.quiz.internal;

import io.lectern.accounts.LearnerId;
import io.lectern.authoring.QuizId;
import io.lectern.quiz.Quiz;
import io.lectern.quiz.QuizQuestion;
import io.lectern.quiz.grading.Response;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Submits attempts, each in one transaction with what the other modules record of it. Exactly once
 * is the database's job: a submit commits only if no other change (another submit) committed since
 * the attempt was read. A submit is graded as of when it first arrived, and is never lost because a
 * recording failed: it is made again without it, to be recorded after the commit.
 */
@Component
class AttemptSubmits {

	private final OwnAttempts own;
	private final AttemptRepository attempts;
	private final AttemptAnnouncements announcements;
	private final Clock clock;
	private final TransactionTemplate transaction;

	AttemptSubmits(OwnAttempts own, AttemptRepository attempts, AttemptAnnouncements announcements, Clock clock,
			PlatformTransactionManager transactions) {
		this.own = own;
		this.attempts = attempts;
		this.announcements = announcements;
		this.clock = clock;
		this.transaction = new TransactionTemplate(transactions);
	}

	/** As {@link Attempts#submit}. */
	Attempts.Submitted submit(QuizId quizId, String publicId, LearnerId learner,
			Function<List<QuizQuestion>, Map<String, Response>> answersFor, Optional<Instant> firstArrived) {
		try {
			return transaction.execute(status -> submit(quizId, publicId, learner, answersFor, firstArrived, true));
		}
		catch (AttemptAnnouncements.RecordingFailed rolledBack) {
			return transaction.execute(status -> submit(quizId, publicId, learner, answersFor, firstArrived, false));
		}
	}

	private Attempts.Submitted submit(QuizId quizId, String publicId, LearnerId learner,
			Function<List<QuizQuestion>, Map<String, Response>> answersFor, Optional<Instant> firstArrived,
			boolean recordNow) {
		Attempt attempt = own.inProgress(quizId, publicId, learner);
		Quiz quiz = own.quiz(quizId);
		QuizVersion version = own.versionOf(attempt);
		Instant now = clock.instant();
		Instant arrived = firstArrived.filter(at -> !at.isAfter(now)).orElse(now);
		GradedAttempt result = attempt.submit(version, answersFor.apply(OwnAttempts.questionsOf(attempt, version)), arrived);
		try {
			attempts.saveAndFlush(attempt);
		}
		catch (ObjectOptimisticLockingFailureException | DataIntegrityViolationException anotherSubmitWon) {
			throw AttemptConflict.alreadySubmitted();
		}
		// In this transaction: a losing submit (rolled back) never announces a grade.
		announcements.announce(attempt, version, result, recordNow);
		// The learner's other attempts are read only when the review rule depends on them.
		boolean shown = Standing.answersShownWithoutHistory(quiz)
			.orElseGet(() -> own.standing(quiz, learner).correctAnswersShown());
		return new Attempts.Submitted(attempt, version, result, shown);
	}
}
