package io.lectern.progress.internal.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.lectern.progress.internal.chart.ScoreChart.AxisLabel;
import io.lectern.progress.internal.chart.ScoreChart.Dot;
import io.lectern.progress.internal.chart.ScoreChart.Tick;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(EnglishWords.class)
class ScoreChartTest {

	private static final Instant NOV_3 = Instant.parse("2026-11-03T10:15:00Z");

	private static ScorePoint point(double percent, Duration after) {
		return new ScorePoint("Encryption check", NOV_3.plus(after), percent, percent >= 70);
	}

	private static List<ScorePoint> daily(double... percents) {
		List<ScorePoint> points = new ArrayList<>();
		for (double percent : percents) {
			points.add(point(percent, Duration.ofDays(points.size())));
		}
		return points;
	}

	@Test
	void theChartIsSixHundredFortyByTwoHundredFortyWithRoomForTheAxisLabels() {
		ScoreChart chart = ScoreChart.of(daily(50), EnglishWords.WORDS);

		assertThat(chart.width()).isEqualTo(640);
		assertThat(chart.height()).isEqualTo(240);
		assertThat(chart.plot().left()).isPositive();
		assertThat(chart.plot().right()).isLessThan(640);
		assertThat(chart.plot().bottom()).isLessThan(240);
	}

	@Test
	void zeroPercentSitsOnTheBottomOfThePlotAndOneHundredOnTheTop() {
		ScoreChart chart = ScoreChart.of(daily(0, 100, 50), EnglishWords.WORDS);

		assertThat(chart.dots().get(0).y()).isEqualTo(chart.plot().bottom());
		assertThat(chart.dots().get(1).y()).isEqualTo(chart.plot().top());
		assertThat(chart.dots().get(2).y()).isEqualTo((chart.plot().top() + chart.plot().bottom()) / 2.0);
	}

	@Test
	void theScoreGridlinesRunFromZeroUpToOneHundredByQuarters() {
		ScoreChart chart = ScoreChart.of(daily(50), EnglishWords.WORDS);

		assertThat(chart.yTicks()).extracting(Tick::label).containsExactly("0%", "25%", "50%", "75%", "100%");
		assertThat(chart.yTicks().get(0).y()).isEqualTo(chart.plot().bottom());
		assertThat(chart.yTicks().get(4).y()).isEqualTo(chart.plot().top());
		assertThat(chart.yTicks().get(2).y()).isEqualTo(chart.dots().get(0).y());
	}

	@Test
	void attemptsAreSpacedEvenlyByOrderHoweverFarApartInTime() {
		List<ScorePoint> points = List.of(point(40, Duration.ZERO), point(60, Duration.ofMinutes(5)),
				point(80, Duration.ofDays(30)), point(90, Duration.ofDays(31)));

		List<Double> xs = ScoreChart.of(points, EnglishWords.WORDS).dots().stream().map(Dot::x).toList();

		// The plot is 576 wide from 48: four slots of 144, each dot in the middle of its own.
		assertThat(xs).containsExactly(120.0, 264.0, 408.0, 552.0);
	}

	@Test
	void aSingleAttemptIsCentred() {
		ScoreChart chart = ScoreChart.of(daily(85), EnglishWords.WORDS);

		assertThat(chart.dots().get(0).x()).isEqualTo((chart.plot().left() + chart.plot().right()) / 2.0);
		assertThat(chart.xLabels()).containsExactly(new AxisLabel(chart.dots().get(0).x(), "3 Nov"));
	}

	@Test
	void coordinatesAreRoundedToTenths() {
		// Seven slots of 576 / 7 = 82.2857...; the first dot is half a slot in.
		assertThat(ScoreChart.of(daily(1, 2, 3, 4, 5, 6, 7), EnglishWords.WORDS).dots().get(0).x()).isEqualTo(89.1);
	}

	@Test
	void eachDotIsLabelledWithItsQuizDateScoreAndOutcome() {
		List<ScorePoint> points = List.of(new ScorePoint("Encryption check", NOV_3, 85, true),
				new ScorePoint("IAM basics", NOV_3.plus(Duration.ofDays(1)), 66.666, false));

		assertThat(ScoreChart.of(points, EnglishWords.WORDS).dots()).extracting(Dot::label)
			.containsExactly("Encryption check, 3 Nov 2026: 85% (passed)", "IAM basics, 4 Nov 2026: 66.7% (not passed)");
		assertThat(ScoreChart.of(points, EnglishWords.WORDS).dots()).extracting(Dot::passed).containsExactly(true, false);
	}

	@Test
	void datesAreDaysInUtc() {
		ScorePoint lateEvening = new ScorePoint("Encryption check", Instant.parse("2026-11-03T23:30:00Z"), 85, true);

		assertThat(ScoreChart.of(List.of(lateEvening), EnglishWords.WORDS).dots().get(0).label()).contains("3 Nov 2026");
	}

	@Test
	void thePathRunsThroughEveryDotInOrder() {
		assertThat(ScoreChart.of(daily(0, 100, 50), EnglishWords.WORDS).path()).isEqualTo("M144,208 L336,16 L528,112");
	}

	@Test
	void thePathUsesAPointForDecimalsWhateverTheDefaultLocale() {
		Locale before = Locale.getDefault();
		Locale.setDefault(Locale.GERMANY);
		try {
			assertThat(ScoreChart.of(daily(1, 2, 3, 4, 5, 6, 7), EnglishWords.WORDS).path()).startsWith("M89.1,206.1 L171.4,204.2 ");
		}
		finally {
			Locale.setDefault(before);
		}
	}

	@Test
	void aSingleAttemptsPathIsJustAMove() {
		assertThat(ScoreChart.of(daily(85), EnglishWords.WORDS).path()).isEqualTo("M336,44.8");
	}

	@Test
	void noAttemptsMakeAnEmptyChartThatSaysSo() {
		ScoreChart chart = ScoreChart.of(List.of(), EnglishWords.WORDS);

		assertThat(chart.isEmpty()).isTrue();
		assertThat(chart.dots()).isEmpty();
		assertThat(chart.xLabels()).isEmpty();
		assertThat(chart.path()).isEmpty();
		assertThat(chart.summary()).isEqualTo("No quiz attempts yet.");
		assertThat(ScoreChart.of(daily(85), EnglishWords.WORDS).isEmpty()).isFalse();
	}

	@Test
	void theSummaryGivesTheNumberOfAttemptsAndTheFirstAndLatestScores() {
		assertThat(ScoreChart.of(daily(40, 55, 85), EnglishWords.WORDS).summary())
			.isEqualTo("3 quiz attempts; the first scored 40% and the latest 85%.");
		assertThat(ScoreChart.of(daily(85), EnglishWords.WORDS).summary()).isEqualTo("1 quiz attempt, scoring 85%.");
	}

	@Test
	void aFewAttemptsOnDifferentDaysAreEachLabelledWithTheirDate() {
		assertThat(ScoreChart.of(daily(10, 20, 30), EnglishWords.WORDS).xLabels()).extracting(AxisLabel::text)
			.containsExactly("3 Nov", "4 Nov", "5 Nov");
	}

	@Test
	void manyAttemptsGetAtMostSixDatesIncludingTheFirstAndLast() {
		double[] percents = new double[30];
		List<ScorePoint> points = daily(percents);

		List<AxisLabel> labels = ScoreChart.of(points, EnglishWords.WORDS).xLabels();

		assertThat(labels).hasSize(6);
		assertThat(labels.get(0).text()).isEqualTo("3 Nov");
		assertThat(labels.get(5).text()).isEqualTo("2 Dec");
	}

	@Test
	void dateLabelsNeverCrowdEachOther() {
		// "30 Nov" at 12px is about 40 units wide.
		for (int count = 1; count <= 80; count++) {
			List<AxisLabel> labels = ScoreChart.of(daily(new double[count]), EnglishWords.WORDS).xLabels();
			assertThat(labels).hasSizeLessThanOrEqualTo(6);
			for (int i = 1; i < labels.size(); i++) {
				assertThat(labels.get(i).x() - labels.get(i - 1).x()).as("%d attempts", count).isGreaterThan(48);
			}
		}
	}

	@Test
	void manyAttemptsOnOneDayShowThatDateOnce() {
		List<ScorePoint> points = new ArrayList<>();
		for (int minute = 0; minute < 10; minute++) {
			points.add(point(50, Duration.ofMinutes(minute)));
		}
		points.add(point(90, Duration.ofDays(7)));

		assertThat(ScoreChart.of(points, EnglishWords.WORDS).xLabels()).extracting(AxisLabel::text).containsExactly("3 Nov", "10 Nov");
	}

	@Test
	void aScoreOutsideZeroToOneHundredIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> new ScorePoint("Quiz", NOV_3, 101, true));
		assertThatIllegalArgumentException().isThrownBy(() -> new ScorePoint("Quiz", NOV_3, -1, false));
	}

	@Test
	void theSummaryLabelsAndAxesAreInTheReadersLanguageWithItsDigitsAndPercentSign() {
		org.springframework.context.i18n.LocaleContextHolder.setLocale(java.util.Locale.GERMAN);
		ScoreChart chart = ScoreChart.of(daily(40, 42.5), EnglishWords.WORDS);

		// German puts a non-breaking space before the percent sign.
		assertThat(chart.summary()).isEqualTo("2 Quizversuche; der erste erreichte 40\u00a0%, der letzte 42,5\u00a0%.");
		assertThat(chart.yTicks()).extracting(Tick::label).containsExactly("0\u00a0%", "25\u00a0%", "50\u00a0%", "75\u00a0%", "100\u00a0%");
		assertThat(chart.dots().get(1).label()).isEqualTo("Encryption check, 4. Nov. 2026: 42,5\u00a0% (nicht bestanden)");
		assertThat(chart.xLabels()).extracting(AxisLabel::text).containsExactly("3. Nov.", "4. Nov.");
	}
}
