package io.lectern.accounts;

/**
 * Published when a learner deletes their account, in the same transaction: every module that keeps
 * something about the learner listens and deletes it.
 */
public record LearnerDeleted(LearnerId learnerId) {
}
