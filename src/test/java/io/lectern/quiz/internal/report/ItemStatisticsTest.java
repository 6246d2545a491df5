package io.lectern.quiz.internal.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class ItemStatisticsTest {

	private static final List<String> ORDER = List.of("shared", "iam", "kms");

	/** Points per question: shared 1, iam 2, kms 1. */
	private static final Map<String, Double> POINTS = Map.of("shared", 1.0, "iam", 2.0, "kms", 1.0);

	/** Builds an attempt from question id, fraction and wrong answer ("" for none), in that order. */
	private static ScoredAttempt attempt(Object... idFractionWrong) {
		Map<String, ItemScore> items = new LinkedHashMap<>();
		for (int i = 0; i < idFractionWrong.length; i += 3) {
			String id = (String) idFractionWrong[i];
			String wrong = (String) idFractionWrong[i + 2];
			items.put(id, new ItemScore(((Number) idFractionWrong[i + 1]).doubleValue(), POINTS.getOrDefault(id, 1.0),
					Optional.of(wrong)));
		}
		return new ScoredAttempt(items);
	}

	/*
	 * Five attempts, points earned per question and the rest of each attempt:
	 *
	 *            shared (1)   iam (2)           kms (1)         total
	 *   ada      1            2                 0 "S3"          3
	 *   ben      1            1 "Users only"    0 "S3"          2
	 *   cy       0 "AWS"      0 "Groups"        1               1
	 *   dee      1            2                 0 "EBS"         3
	 *   eve      0 "AWS"      1 "Users only"    (not included)  1
	 *
	 * shared: x = 1 1 0 1 0, rest y = 2 1 1 2 1. Means 0.6 and 1.4. Deviations x: .4 .4 −.6 .4 −.6;
	 *   y: .6 −.4 −.4 .6 −.4. Sxy = .24 − .16 + .24 + .24 + .24 = 0.8; Sxx = 3(.16) + 2(.36) = 1.2;
	 *   Syy = 2(.36) + 3(.16) = 1.2. r = 0.8 / √(1.2 × 1.2) = 2/3.
	 * iam: x = 2 1 0 2 1, y = 1 1 1 1 0. Means 1.2 and 0.8. Deviations x: .8 −.2 −1.2 .8 −.2;
	 *   y: .2 .2 .2 .2 −.8. Sxy = .16 − .04 − .24 + .16 + .16 = 0.2; Sxx = .64 + .04 + 1.44 + .64 + .04
	 *   = 2.8; Syy = 4(.04) + .64 = 0.8. r = 0.2 / √2.24 ≈ 0.134.
	 * kms (4 attempts): x = 0 0 1 0, y = 3 2 0 3. Means 0.25 and 2. Deviations x: −.25 −.25 .75 −.25;
	 *   y: 1 0 −2 1. Sxy = −.25 + 0 − 1.5 − .25 = −2; Sxx = 3(.0625) + .5625 = 0.75; Syy = 1 + 0 + 4 + 1
	 *   = 6. r = −2 / √4.5 = −2√2 / 3 ≈ −0.943: the strong miss it, so it is a question to rewrite.
	 */
	private static final List<ScoredAttempt> FIVE = List.of(
			attempt("shared", 1, "", "iam", 1, "", "kms", 0, "S3"),
			attempt("shared", 1, "", "iam", 0.5, "Users only", "kms", 0, "S3"),
			attempt("shared", 0, "AWS", "iam", 0, "Groups", "kms", 1, ""),
			attempt("shared", 1, "", "iam", 1, "", "kms", 0, "EBS"),
			attempt("shared", 0, "AWS", "iam", 0.5, "Users only"));

	@Test
	void eachQuestionGetsItsFacilityDiscriminationAndCommonestWrongAnswer() {
		List<ItemReport> reports = ItemStatistics.of(FIVE, ORDER);

		assertThat(reports).extracting(ItemReport::questionId).containsExactly("shared", "iam", "kms");
		assertThat(reports).extracting(ItemReport::attempts).containsExactly(5, 5, 4);
		assertThat(reports.get(0).facility()).isCloseTo(0.6, within(1e-9));
		assertThat(reports.get(1).facility()).isCloseTo(0.6, within(1e-9));
		assertThat(reports.get(2).facility()).isCloseTo(0.25, within(1e-9));
		assertThat(reports.get(0).discrimination().getAsDouble()).isCloseTo(2.0 / 3, within(1e-9));
		assertThat(reports.get(1).discrimination().getAsDouble()).isCloseTo(0.2 / Math.sqrt(2.24), within(1e-9));
		assertThat(reports.get(2).discrimination().getAsDouble()).isCloseTo(-2 * Math.sqrt(2) / 3, within(1e-9));
	}

	@Test
	void theCommonestWrongAnswerIsCountedOverTheAttemptsThatGaveOne() {
		List<ItemReport> reports = ItemStatistics.of(FIVE, ORDER);

		assertThat(reports.get(0).commonWrongAnswer()).contains("AWS");
		assertThat(reports.get(0).commonWrongAnswerCount()).isEqualTo(2);
		assertThat(reports.get(1).commonWrongAnswer()).contains("Users only");
		assertThat(reports.get(1).commonWrongAnswerCount()).isEqualTo(2);
		assertThat(reports.get(2).commonWrongAnswer()).contains("S3");
		assertThat(reports.get(2).commonWrongAnswerCount()).isEqualTo(2);
	}

	@Test
	void reportsFollowTheGivenOrderOnceEachAndSkipQuestionsItLeavesOut() {
		List<ItemReport> reports = ItemStatistics.of(FIVE, List.of("kms", "shared", "kms"));

		assertThat(reports).extracting(ItemReport::questionId).containsExactly("kms", "shared");
	}

	@Test
	void aQuestionLeftOutOfTheOrderStillCountsInTheRestOfEachAttempt() {
		assertThat(ItemStatistics.of(FIVE, List.of("shared")).get(0).discrimination().getAsDouble())
			.isCloseTo(2.0 / 3, within(1e-9));
	}

	@Test
	void aQuestionNoAttemptIncludedHasNoAttemptsAndNothingToMeasure() {
		ItemReport unseen = ItemStatistics.of(FIVE, List.of("new")).get(0);

		assertThat(unseen).isEqualTo(new ItemReport("new", 0, 0, OptionalDouble.empty(), Optional.empty(), 0));
	}

	@Test
	void aQuestionEveryoneGotRightHasNoDiscrimination() {
		List<ScoredAttempt> attempts = List.of(attempt("shared", 1, "", "iam", 1, ""),
				attempt("shared", 1, "", "iam", 0, "Groups"), attempt("shared", 1, "", "iam", 0.5, "Users only"));

		ItemReport shared = ItemStatistics.of(attempts, ORDER).get(0);

		assertThat(shared.facility()).isEqualTo(1);
		assertThat(shared.discrimination()).isEmpty();
		assertThat(shared.commonWrongAnswer()).isEmpty();
		assertThat(shared.commonWrongAnswerCount()).isZero();
	}

	@Test
	void aQuestionWhoseRestOfTheTestNeverVariesHasNoDiscrimination() {
		List<ScoredAttempt> attempts = List.of(attempt("shared", 1, "", "iam", 0.5, "Users only"),
				attempt("shared", 0, "AWS", "iam", 0.5, "Users only"));

		assertThat(ItemStatistics.of(attempts, ORDER).get(0).discrimination()).isEmpty();
	}

	@Test
	void equalScoresThatDifferOnlyByRoundingErrorDoNotVary() {
		// 0.1 + 0.2 and 0.3 differ in the last bit; that is no spread to correlate.
		List<ScoredAttempt> attempts = List.of(attempt("shared", 1, "", "a", 0.1, "", "b", 0.2, ""),
				attempt("shared", 0, "AWS", "c", 0.3, ""));

		assertThat(ItemStatistics.of(attempts, List.of("shared")).get(0).discrimination()).isEmpty();
	}

	@Test
	void oneAttemptIsTooFewToCorrelate() {
		List<ScoredAttempt> attempts = List.of(attempt("shared", 1, "", "iam", 0, "Groups"));

		assertThat(ItemStatistics.of(attempts, ORDER).get(0).discrimination()).isEmpty();
	}

	@Test
	void aQuestionThatTracksTheRestOfTheTestPerfectlyDiscriminatesFully() {
		List<ScoredAttempt> attempts = List.of(attempt("shared", 1, "", "iam", 1, ""),
				attempt("shared", 0, "AWS", "iam", 0, "Groups"), attempt("shared", 1, "", "iam", 1, ""));

		assertThat(ItemStatistics.of(attempts, ORDER).get(0).discrimination()).hasValue(1.0);
	}

	@Test
	void equallyCommonWrongAnswersAreSettledByWhichWasGivenFirst() {
		List<ScoredAttempt> attempts = List.of(attempt("iam", 0, "Groups"), attempt("iam", 0.5, "Users only"),
				attempt("iam", 0.5, "Users only"), attempt("iam", 0, "Groups"), attempt("iam", 0, ""));

		ItemReport iam = ItemStatistics.of(attempts, ORDER).get(1);

		assertThat(iam.commonWrongAnswer()).contains("Groups");
		assertThat(iam.commonWrongAnswerCount()).isEqualTo(2);
	}

	@Test
	void aBlankWrongAnswerIsNoWrongAnswer() {
		assertThat(new ItemScore(0, 1, Optional.of("  ")).wrongAnswer()).isEmpty();
	}

	@Test
	void anAnswerWithFullMarksCannotBeWrong() {
		assertThatIllegalArgumentException().isThrownBy(() -> new ItemScore(1, 1, Optional.of("S3")));
		assertThatIllegalArgumentException().isThrownBy(() -> new ItemScore(1.5, 1, Optional.empty()));
		assertThatIllegalArgumentException().isThrownBy(() -> new ItemScore(0.5, 0, Optional.empty()));
	}
}
