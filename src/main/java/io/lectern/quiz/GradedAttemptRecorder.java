package io.lectern.quiz;

/**
 * What another module keeps of a graded attempt, written in the submit's own transaction: its score
 * is then stored with the attempt or not at all, with no event publication, thread or transaction
 * of its own after the commit. The quiz module calls every recorder once the submitted attempt is
 * saved, before it publishes {@link QuizAttemptGraded}; it knows them by this interface alone.
 *
 * <p>A recorder that fails costs the learner nothing: the submit is rolled back and made again
 * without any recorder, and the attempt is announced by {@link QuizAttemptRecordingDeferred} as
 * well, which the event publication registry keeps until each recorder's module has recorded it
 * after the commit. So a recorder must not swallow a failure of its own writes: it throws, and
 * flushes before it returns, so that nothing of it fails at the commit.
 */
public interface GradedAttemptRecorder {

	/** Records the attempt in the caller's transaction, the submit's. */
	void record(QuizAttemptGraded graded);
}
