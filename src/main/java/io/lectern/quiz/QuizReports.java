package io.lectern.quiz;

import io.lectern.authoring.QuizId;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Item analysis for instructors: how each question of a quiz fared over every submitted attempt,
 * to spot the questions worth rewriting.
 */
public interface QuizReports {

	/**
	 * A quiz's questions over its submitted attempts.
	 *
	 * @param attempts how many attempts were submitted
	 * @param items each question the quiz has now, in the author's order; a question whose correct
	 *     answer changed has a row for each correct answer its attempts were graded with
	 */
	record ItemAnalysis(Quiz quiz, int attempts, List<Item> items) {

		public ItemAnalysis {
			items = List.copyOf(items);
		}
	}

	/**
	 * One question's figures.
	 *
	 * @param prompt the start of the question's prompt, as plain text
	 * @param attempts how many submitted attempts included the question
	 * @param facility the mean fraction of its points those attempts earned, from 0 (nobody) to 1
	 *     (everybody); 0 when none included it
	 * @param discrimination the correlation, from −1 to 1, between the points the question earned and
	 *     the points the rest of the attempt earned; empty when it cannot be measured (fewer than two
	 *     attempts, or everyone scored the same)
	 * @param commonWrongAnswer the wrong answer given most often, in words
	 * @param commonWrongAnswerCount how many attempts gave it; 0 when none was wrong
	 * @param correctAnswer when the question's correct answer changed between versions, the correct
	 *     answer of the attempts this row counts: each version of the answer has a row of its own,
	 *     oldest first; empty when every attempt had the question with the same correct answer
	 */
	record Item(String questionId, String prompt, int attempts, double facility, OptionalDouble discrimination,
			Optional<String> commonWrongAnswer, int commonWrongAnswerCount, Optional<String> correctAnswer) {

		/** Below this facility most learners miss the question: is it clear, and is its key right? */
		public static final double LOW_FACILITY = 0.3;

		/** Below this discrimination the question hardly tells those who know from those who do not. */
		public static final double LOW_DISCRIMINATION = 0.2;

		public boolean hard() {
			return attempts > 0 && facility < LOW_FACILITY;
		}

		public boolean weaklyDiscriminating() {
			return discrimination.isPresent() && discrimination.getAsDouble() < LOW_DISCRIMINATION;
		}

		public boolean worthChecking() {
			return hard() || weaklyDiscriminating();
		}
	}

	/** The item analysis of a quiz; empty when there is no such quiz. */
	Optional<ItemAnalysis> itemAnalysis(QuizId quizId);
}
