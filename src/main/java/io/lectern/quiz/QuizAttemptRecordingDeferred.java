package io.lectern.quiz;

/**
 * Published, beside {@link QuizAttemptGraded}, in the transaction of a submit whose
 * {@link GradedAttemptRecorder}s failed: the submit was made again without them, and each
 * recorder's module records the attempt after the commit instead, on a thread and in a transaction
 * of its own, from a durable listener (delivered again after a crash).
 */
public record QuizAttemptRecordingDeferred(QuizAttemptGraded graded) {
}
