package io.lectern.progress;

import io.lectern.accounts.LearnerId;
import io.lectern.authoring.CourseSlug;
import java.time.Instant;

/**
 * Published once, in the transaction that records it, when a learner first has every lesson and
 * quiz of a course done: the certificates module listens, to award the course's certificate.
 */
public record CourseCompleted(LearnerId learner, CourseSlug courseSlug, Instant completedAt) {
}
