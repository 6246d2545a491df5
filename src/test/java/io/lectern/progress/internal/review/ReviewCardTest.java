package io.lectern.progress.internal.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ReviewCardTest {

	private static final Instant MISSED = Instant.parse("2026-11-02T09:00:00Z");

	private static Instant day(int day) {
		return MISSED.plus(Duration.ofDays(day));
	}

	@Test
	void aMissedQuestionIsFirstDueTheNextDay() {
		assertThat(ReviewCard.firstMiss(MISSED)).isEqualTo(new ReviewCard(0, 2.5, 1, day(1)));
	}

	@Test
	void successesAreReviewedAfterOneDaySixDaysAndThenThePreviousIntervalTimesTheEase() {
		ReviewCard first = ReviewCard.firstMiss(MISSED).after(1, day(1));
		assertThat(first.repetitions()).isEqualTo(1);
		assertThat(first.intervalDays()).isEqualTo(1);
		assertThat(first.ease()).isCloseTo(2.6, within(1e-9));
		assertThat(first.due()).isEqualTo(day(2));

		ReviewCard second = first.after(1, day(2));
		assertThat(second.intervalDays()).isEqualTo(6);
		assertThat(second.ease()).isCloseTo(2.7, within(1e-9));
		assertThat(second.due()).isEqualTo(day(8));

		// 6 days times the ease of 2.7 held before this answer is 16.2, so 16 days.
		ReviewCard third = second.after(1, day(8));
		assertThat(third.intervalDays()).isEqualTo(16);
		assertThat(third.ease()).isCloseTo(2.8, within(1e-9));
		assertThat(third.due()).isEqualTo(day(24));

		// 16 × 2.8 = 44.8, so 45 days.
		assertThat(third.after(1, day(24)).intervalDays()).isEqualTo(45);
	}

	@Test
	void aReviewIsDueWholeDaysAfterTheAnswerEvenWhenTheAnswerCameLate() {
		Instant lateAnswer = day(5).plus(Duration.ofHours(7));

		assertThat(ReviewCard.firstMiss(MISSED).after(1, lateAnswer).due()).isEqualTo(lateAnswer.plus(Duration.ofDays(1)));
	}

	@Test
	void aMissResetsTheRepetitionsAndBringsTheReviewBackToTheNextDay() {
		ReviewCard twice = ReviewCard.firstMiss(MISSED).after(1, day(1)).after(1, day(2));
		assertThat(twice.intervalDays()).isEqualTo(6);

		ReviewCard missed = twice.after(0.2, day(8));

		assertThat(missed.repetitions()).isZero();
		assertThat(missed.intervalDays()).isEqualTo(1);
		assertThat(missed.due()).isEqualTo(day(9));
		// Quality 1: 2.7 + 0.1 − 4 × (0.08 + 4 × 0.02) = 2.7 − 0.54.
		assertThat(missed.ease()).isCloseTo(2.16, within(1e-9));
	}

	@Test
	void afterAMissTheSuccessesStartAgainFromOneDay() {
		ReviewCard again = ReviewCard.firstMiss(MISSED).after(1, day(1)).after(1, day(2)).after(0, day(8)).after(1, day(9));

		assertThat(again.repetitions()).isEqualTo(1);
		assertThat(again.intervalDays()).isEqualTo(1);
	}

	@Test
	void theEaseChangesWithEveryAnswerByHowGoodItWas() {
		ReviewCard card = ReviewCard.firstMiss(MISSED);

		assertThat(card.after(1, day(1)).ease()).isCloseTo(2.6, within(1e-9));
		assertThat(card.after(0.8, day(1)).ease()).isCloseTo(2.5, within(1e-9));
		assertThat(card.after(0.6, day(1)).ease()).isCloseTo(2.36, within(1e-9));
		assertThat(card.after(0.4, day(1)).ease()).isCloseTo(2.18, within(1e-9));
		assertThat(card.after(0.2, day(1)).ease()).isCloseTo(1.96, within(1e-9));
		assertThat(card.after(0, day(1)).ease()).isCloseTo(1.7, within(1e-9));
	}

	@Test
	void theEaseNeverFallsBelowOnePointThree() {
		ReviewCard card = ReviewCard.firstMiss(MISSED);
		for (int day = 1; day <= 5; day++) {
			card = card.after(0, day(day));
		}

		assertThat(card.ease()).isEqualTo(1.3);
		assertThat(card.after(1, day(6)).ease()).isCloseTo(1.4, within(1e-9));
	}

	@Test
	void aHardQuestionStillGrowsItsIntervalByAtLeastTheLowestEase() {
		ReviewCard hard = new ReviewCard(2, 1.3, 6, day(0));

		// 6 × 1.3 = 7.8, so 8 days.
		assertThat(hard.after(0.6, day(6)).intervalDays()).isEqualTo(8);
	}

	@Test
	void aQuestionRetiresAfterThreeSuccessesInARow() {
		ReviewCard card = ReviewCard.firstMiss(MISSED);
		assertThat(card.retired()).isFalse();

		card = card.after(1, day(1)).after(0.6, day(2));
		assertThat(card.retired()).isFalse();

		assertThat(card.after(1, day(8)).retired()).isTrue();
	}

	@Test
	void aMissBetweenSuccessesPutsOffRetirement() {
		ReviewCard card = ReviewCard.firstMiss(MISSED).after(1, day(1)).after(1, day(2)).after(0.4, day(8));

		card = card.after(1, day(9)).after(1, day(10));
		assertThat(card.retired()).isFalse();
		assertThat(card.after(1, day(16)).retired()).isTrue();
	}

	@Test
	void halfMarksRoundUpToQualityThreeAndCountAsASuccess() {
		ReviewCard half = ReviewCard.firstMiss(MISSED).after(0.5, day(1));

		assertThat(ReviewCard.quality(0.5)).isEqualTo(3);
		assertThat(half.repetitions()).isEqualTo(1);
		assertThat(half.ease()).isCloseTo(2.36, within(1e-9));
	}

	@Test
	void qualityIsTheFractionTimesFiveRoundedHalfUp() {
		assertThat(ReviewCard.quality(0)).isZero();
		assertThat(ReviewCard.quality(0.09)).isZero();
		assertThat(ReviewCard.quality(0.1)).isEqualTo(1);
		assertThat(ReviewCard.quality(0.3)).isEqualTo(2);
		assertThat(ReviewCard.quality(1.0 / 3)).isEqualTo(2);
		assertThat(ReviewCard.quality(2.0 / 3)).isEqualTo(3);
		assertThat(ReviewCard.quality(0.7)).isEqualTo(4);
		assertThat(ReviewCard.quality(0.9)).isEqualTo(5);
		assertThat(ReviewCard.quality(1)).isEqualTo(5);
	}

	@Test
	void aFractionOutsideZeroToOneIsRefused() {
		ReviewCard card = ReviewCard.firstMiss(MISSED);

		assertThatIllegalArgumentException().isThrownBy(() -> card.after(1.2, day(1)));
		assertThatIllegalArgumentException().isThrownBy(() -> card.after(-0.1, day(1)));
		assertThatIllegalArgumentException().isThrownBy(() -> card.after(Double.NaN, day(1)));
	}

	@Test
	void aCardCannotBeMadeWithAnEaseBelowTheLowestOrAnIntervalUnderADay() {
		assertThatIllegalArgumentException().isThrownBy(() -> new ReviewCard(0, 1.2, 1, MISSED));
		assertThatIllegalArgumentException().isThrownBy(() -> new ReviewCard(0, 2.5, 0, MISSED));
		assertThatIllegalArgumentException().isThrownBy(() -> new ReviewCard(-1, 2.5, 1, MISSED));
	}
}
