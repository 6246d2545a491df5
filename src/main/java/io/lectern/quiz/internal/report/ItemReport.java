package io.lectern.quiz.internal.report;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Item analysis of one question over many attempts.
 *
 * @param attempts how many attempts included the question
 * @param facility mean fraction earned: near 1 the question is easy, near 0 hard; 0 when no attempt
 *        included it
 * @param discrimination how well the question separates strong learners from weak ones, from −1 to
 *        1; empty when it cannot be measured
 * @param commonWrongAnswer the wrong answer given most often, if any
 * @param commonWrongAnswerCount how many attempts gave it; 0 when there is none
 */
public record ItemReport(String questionId, int attempts, double facility, OptionalDouble discrimination,
		Optional<String> commonWrongAnswer, int commonWrongAnswerCount) {
}
