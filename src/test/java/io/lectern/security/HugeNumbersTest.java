package io.lectern.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.lectern.quiz.grading.NumericAnswer;
import io.lectern.quiz.grading.QuestionInfo;
import io.lectern.quiz.grading.Response;
import io.lectern.web.Browser;
import io.lectern.web.BundledQuiz;
import io.lectern.web.PortalTest;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A numeric answer is a short text a learner types, and ten characters such as {@code 1e999999999}
 * name a number with a billion digits. Grading must cost no more for it than for {@code 3}: the
 * answer is compared with the bounds of the tolerance, never subtracted from the expected value,
 * which would write out every one of those digits (about a minute of CPU per 50 million, and
 * hundreds of megabytes, for each submission).
 */
class HugeNumbersTest extends PortalTest {

	private static final Duration AT_ONCE = Duration.ofSeconds(10);

	@Test
	void anAttemptWithAnAnswerOfAHugeExponentIsGradedAtOnce() {
		Browser learner = Browser.newLearner(port);
		String attempt = "/api" + BundledQuiz.start(learner);

		HttpResponse<String> result = assertTimeoutPreemptively(AT_ONCE, () -> learner.sendJson("POST",
				attempt + "/submission", "{\"answers\": {\"models-count\": {\"text\": \"1e999999999\"}}}"));

		assertThat(result.statusCode()).isEqualTo(200);
		assertThat(result.body()).contains("\"state\":\"submitted\"", "\"percent\":0.0");
	}

	@Test
	void anAttemptPageWithAnAnswerOfFiftyMillionDigitsIsGradedAtOnce() {
		Browser learner = Browser.newLearner(port);
		String attempt = BundledQuiz.start(learner);
		learner.get(attempt);

		HttpResponse<String> submitted = assertTimeoutPreemptively(AT_ONCE,
				() -> learner.submit(attempt, "q-models-count", "1e50000000", "action", "submit"));

		assertThat(Browser.location(submitted)).isEqualTo(attempt);
		assertThat(learner.get(attempt).body()).contains("Result of attempt 1");
	}

	@Test
	void numbersOfAnySizeAreGradedAtOnceAndRightOnlyWithinTheTolerance() {
		NumericAnswer three = new NumericAnswer(new QuestionInfo("models-count", "", List.of(), 1, "", ""),
				new BigDecimal("3"), new BigDecimal("0.5"), "");
		Map<String, Double> expected = Map.ofEntries(Map.entry("3", 1.0), Map.entry("2.5", 1.0), Map.entry("3.5", 1.0),
				Map.entry("0.3e1", 1.0), Map.entry("3.5000000001", 0.0), Map.entry("2.4999999999", 0.0),
				Map.entry("1e999999999", 0.0), Map.entry("-1e999999999", 0.0), Map.entry("1e-999999999", 0.0),
				Map.entry("3e-999999999", 0.0), Map.entry("1e50000000", 0.0), Map.entry("-5e-50000000", 0.0),
				Map.entry("-3", 0.0));

		assertTimeoutPreemptively(AT_ONCE, () -> expected.forEach((typed, fraction) -> assertThat(
				three.grade(new Response.Text(typed)).fraction()).as(typed).isEqualTo(fraction)));
	}
}
