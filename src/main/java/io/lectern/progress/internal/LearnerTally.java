package io.lectern.progress.internal;

import io.lectern.accounts.LearnerId;
import java.time.Instant;

/**
 * One learner's figures from one progress table, added up by the database for a cohort report.
 *
 * @param count how many rows count (lessons completed, quizzes passed)
 * @param latest the newest moment among the learner's rows
 */
public record LearnerTally(LearnerId learner, long count, Instant latest) {
}
