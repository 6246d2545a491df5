package io.lectern.progress.internal.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class ReviewScheduleTest {

	@Test
	void anyQuizAnswerShortOfFullMarksPutsTheQuestionInTheQueue() {
		assertThat(ReviewSchedule.needsReview(0)).isTrue();
		assertThat(ReviewSchedule.needsReview(0.5)).isTrue();
		assertThat(ReviewSchedule.needsReview(0.99)).isTrue();
	}

	@Test
	void aFullMarksQuizAnswerDoesNot() {
		assertThat(ReviewSchedule.needsReview(1)).isFalse();
	}

	@Test
	void aFractionOutsideZeroToOneIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> ReviewSchedule.needsReview(1.5));
		assertThatIllegalArgumentException().isThrownBy(() -> ReviewSchedule.needsReview(Double.NaN));
	}
}
