package io.lectern.progress.internal.mastery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Walkthroughs: answer, then check the level and score after each step. */
class MasteryTest {

	private static final Instant MONDAY = Instant.parse("2026-11-02T09:00:00Z");

	private final List<GradedAnswer> answers = new ArrayList<>();

	private static GradedAnswer answer(String questionId, double fraction, Duration after) {
		return new GradedAnswer(questionId, fraction, MONDAY.plus(after));
	}

	private static Duration hours(long hours) {
		return Duration.ofHours(hours);
	}

	/** Adds the answer to the topic's history and returns the mastery so far. */
	private TopicMastery then(String questionId, double fraction, Duration after) {
		answers.add(answer(questionId, fraction, after));
		return Mastery.of(answers);
	}

	@Test
	void aTopicWithoutAnswersIsNotStartedWithAScoreOfZero() {
		TopicMastery mastery = Mastery.of(List.of());

		assertThat(mastery).isEqualTo(new TopicMastery(Level.NOT_STARTED, 0, 0));
	}

	@Test
	void oneWrongThenRightCountsOnlyTheLatestAnswer() {
		assertThat(then("mfa", 0, hours(0))).isEqualTo(new TopicMastery(Level.ATTEMPTED, 0, 1));
		assertThat(then("mfa", 1, hours(1))).isEqualTo(new TopicMastery(Level.PROFICIENT, 1, 1));
	}

	@Test
	void aRightAnswerLaterOverturnedByAWrongOneCountsAsWrong() {
		then("mfa", 1, hours(0));

		assertThat(then("mfa", 0, hours(1))).isEqualTo(new TopicMastery(Level.ATTEMPTED, 0, 1));
	}

	@Test
	void aReviewTwentyThreeHoursLaterLeavesTheTopicProficient() {
		then("mfa", 1, hours(0));
		then("roles", 1, hours(0));

		assertThat(then("mfa", 1, hours(23)).level()).isEqualTo(Level.PROFICIENT);
	}

	@Test
	void aReviewTwentyFiveHoursLaterMastersTheTopic() {
		then("mfa", 1, hours(0));
		then("roles", 1, hours(0));

		assertThat(then("roles", 1, hours(25))).isEqualTo(new TopicMastery(Level.MASTERED, 1, 2));
	}

	@Test
	void aReviewExactlyOneDayLaterIsLateEnough() {
		then("mfa", 1, hours(0));

		assertThat(then("mfa", 1, hours(24)).level()).isEqualTo(Level.MASTERED);
	}

	@Test
	void theDayIsCountedFromWhenTheTopicFirstReachedFullMarksNotFromItsFirstAnswer() {
		then("mfa", 0, hours(0));
		assertThat(then("mfa", 1, hours(20)).level()).isEqualTo(Level.PROFICIENT);

		assertThat(then("mfa", 1, hours(30)).level()).isEqualTo(Level.PROFICIENT);
		assertThat(then("mfa", 1, hours(44)).level()).isEqualTo(Level.MASTERED);
	}

	@Test
	void aNewQuestionAnsweredRightlyADayLaterAlsoConfirmsMastery() {
		then("mfa", 1, hours(0));

		assertThat(then("roles", 1, hours(26))).isEqualTo(new TopicMastery(Level.MASTERED, 1, 2));
	}

	@Test
	void laterFullMarksKeepATopicMastered() {
		then("mfa", 1, hours(0));
		then("mfa", 1, hours(25));

		assertThat(then("roles", 1, hours(26)).level()).isEqualTo(Level.MASTERED);
	}

	@Test
	void aWrongAnswerAfterMasteryDropsTheLevelToWhatTheScoreSays() {
		for (String question : List.of("mfa", "roles", "policies", "keys")) {
			then(question, 1, hours(0));
		}
		assertThat(then("keys", 1, hours(48)).level()).isEqualTo(Level.MASTERED);

		assertThat(then("keys", 0, hours(49))).isEqualTo(new TopicMastery(Level.FAMILIAR, 0.75, 4));
		assertThat(then("roles", 0, hours(50))).isEqualTo(new TopicMastery(Level.ATTEMPTED, 0.5, 4));
	}

	@Test
	void aNewQuestionAnsweredWronglyAfterMasteryAlsoDropsTheLevel() {
		then("mfa", 1, hours(0));
		then("mfa", 1, hours(25));

		assertThat(then("roles", 0, hours(26))).isEqualTo(new TopicMastery(Level.ATTEMPTED, 0.5, 2));
	}

	@Test
	void afterADropTheOneDayWaitStartsAgainFromTheNextFullScore() {
		then("mfa", 1, hours(0));
		then("mfa", 1, hours(25));
		then("mfa", 0, hours(26));

		assertThat(then("mfa", 1, hours(30)).level()).isEqualTo(Level.PROFICIENT);
		assertThat(then("mfa", 1, hours(53)).level()).isEqualTo(Level.PROFICIENT);
		assertThat(then("mfa", 1, hours(54)).level()).isEqualTo(Level.MASTERED);
	}

	@Test
	void seventyPercentExactlyIsFamiliar() {
		for (int i = 1; i <= 10; i++) {
			then("q" + i, i <= 7 ? 1 : 0, hours(i));
		}

		assertThat(Mastery.of(answers)).isEqualTo(new TopicMastery(Level.FAMILIAR, 0.7, 10));
	}

	@Test
	void seventyPercentMadeOfPartialCreditIsFamiliarDespiteRoundingErrors() {
		// 0.1 + 0.6 + 0.7 + 0.8 + 1 + 1 sums to 4.2 give or take a rounding error; 4.2 / 6 = 0.7.
		for (double fraction : new double[] { 0.1, 0.6, 0.7, 0.8, 1, 1 }) {
			then("q" + fraction + answers.size(), fraction, hours(answers.size()));
		}

		TopicMastery mastery = Mastery.of(answers);
		assertThat(mastery.level()).isEqualTo(Level.FAMILIAR);
		assertThat(mastery.score()).isCloseTo(0.7, within(1e-9));
	}

	@Test
	void justUnderSeventyPercentIsOnlyAttempted() {
		then("mfa", 0.39, hours(0));

		assertThat(then("roles", 1, hours(1)).level()).isEqualTo(Level.ATTEMPTED);
	}

	@Test
	void partialCreditCountsItsFractionAndNeverMakesATopicProficient() {
		assertThat(then("mfa", 0.5, hours(0))).isEqualTo(new TopicMastery(Level.ATTEMPTED, 0.5, 1));
		assertThat(then("roles", 1, hours(1))).isEqualTo(new TopicMastery(Level.FAMILIAR, 0.75, 2));
		assertThat(then("mfa", 0.99, hours(30)).level()).isEqualTo(Level.FAMILIAR);
		assertThat(then("mfa", 1, hours(31)).level()).isEqualTo(Level.PROFICIENT);
	}

	@Test
	void partialCreditLaterRaisedToFullMarksLeavesATopicAtExactlyOneHundredPercent() {
		// Kept as a running sum, 0.1 + 0.3 + 0.6 + 0.9 + 0.7 + 0.4 comes to 2.9999999999999996, not 3.
		then("mfa", 0.1, hours(0));
		then("roles", 0.3, hours(1));
		then("keys", 0.6, hours(2));
		then("mfa", 1, hours(3));
		then("roles", 1, hours(4));

		assertThat(then("keys", 1, hours(5))).isEqualTo(new TopicMastery(Level.PROFICIENT, 1, 3));
	}

	@Test
	void aFractionARoundingErrorShortOfOneCountsAsFullMarks() {
		assertThat(then("mfa", 1 - 1e-12, hours(0)).level()).isEqualTo(Level.PROFICIENT);
	}

	@Test
	void answersAreFoldedInTimeOrderWhateverOrderTheyArrive() {
		List<GradedAnswer> shuffled = List.of(answer("mfa", 0, hours(2)), answer("mfa", 1, hours(1)));

		assertThat(Mastery.of(shuffled)).isEqualTo(new TopicMastery(Level.ATTEMPTED, 0, 1));
	}

	@Test
	void answersGivenAtTheSameInstantKeepTheOrderTheyCameIn() {
		List<GradedAnswer> together = Arrays.asList(answer("mfa", 0, hours(1)), answer("mfa", 1, hours(1)));

		assertThat(Mastery.of(together).level()).isEqualTo(Level.PROFICIENT);
	}

	@Test
	void eachLevelHasALabelForTheDashboard() {
		assertThat(Arrays.stream(Level.values()).map(Level::label)).containsExactly("Not started", "Attempted",
				"Familiar", "Proficient", "Mastered");
	}

	@Test
	void anAnswerOutsideZeroToOneIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> new GradedAnswer("mfa", 1.5, MONDAY));
		assertThatIllegalArgumentException().isThrownBy(() -> new GradedAnswer("mfa", Double.NaN, MONDAY));
	}
}
