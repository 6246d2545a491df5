package io.lectern.quiz.internal;

import io.lectern.quiz.GradedAttemptRecorder;
import io.lectern.quiz.QuizAttemptGraded;
import io.lectern.quiz.QuizAttemptRecordingDeferred;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Tells the other modules of a submitted attempt, in its submit's transaction: the
 * {@link GradedAttemptRecorder}s first, then {@link QuizAttemptGraded} for every listener. When a
 * recorder fails, the submit's transaction must be rolled back and the submit made again with the
 * recording deferred, so that it is delivered durably after the commit instead.
 */
@Component
class AttemptAnnouncements {

	private static final Logger log = LoggerFactory.getLogger(AttemptAnnouncements.class);

	/** A recorder failed: its writes, and so the submit's, must be rolled back. */
	static final class RecordingFailed extends RuntimeException {

		RecordingFailed(RuntimeException cause) {
			super(cause);
		}
	}

	private final List<GradedAttemptRecorder> recorders;
	private final ApplicationEventPublisher events;

	AttemptAnnouncements(List<GradedAttemptRecorder> recorders, ApplicationEventPublisher events) {
		this.recorders = List.copyOf(recorders);
		this.events = events;
	}

	/**
	 * Announces a just-submitted attempt. The event publication registry keeps what is delivered
	 * after the commit until its listeners are done.
	 *
	 * @param recordNow whether the recorders record it now; if not, {@link QuizAttemptRecordingDeferred} goes out too
	 * @throws RecordingFailed when a recorder failed
	 */
	void announce(Attempt attempt, QuizVersion version, GradedAttempt result, boolean recordNow) {
		QuizAttemptGraded graded = new QuizAttemptGraded(attempt.publicId(), attempt.quizId(),
				attempt.learner(), attempt.number(), result.percent(), result.passed(), result.gradedAt(),
				result.questionsGraded(version, attempt.questionIds()));
		if (recordNow) {
			for (GradedAttemptRecorder recorder : recorders) {
				try {
					recorder.record(graded);
				}
				catch (RuntimeException failed) {
					log.warn("Recording attempt {} with its submit failed; it is submitted again and recorded after the commit",
							graded.attemptId(), failed);
					throw new RecordingFailed(failed);
				}
			}
		}
		else if (!recorders.isEmpty()) {
			events.publishEvent(new QuizAttemptRecordingDeferred(graded));
		}
		events.publishEvent(graded);
	}
}
