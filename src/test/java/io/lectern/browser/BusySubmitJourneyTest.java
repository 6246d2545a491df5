package io.lectern.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import io.lectern.quiz.internal.SubmitGate;
import io.lectern.quiz.internal.TakenTurns;
import io.lectern.web.BundledQuiz;

/**
 * The end of an exam when grading is saturated, as a learner sees it in a browser. The gate grades
 * one submit at a time and queues none, and the test holds that one turn itself, so the learner's
 * submit is certain to be told 503 until the test lets go. With JavaScript the attempt page keeps
 * the answers, says why it waits and sends them again by itself; without it, the 503 page asks the
 * learner to submit again, with the answers in its form.
 */
@TestPropertySource(properties = { "lectern.quiz.submit.concurrency=1", "lectern.quiz.submit.queue=0" })
class BusySubmitJourneyTest extends BrowserJourney {

	/** Longer than any Retry-After the gate gives here (a few seconds), plus a loaded machine's delays. */
	private static final Duration PATIENCE = Duration.ofSeconds(60);

	@Autowired
	SubmitGate gate;

	/** The gate's only turn, taken by the test. */
	private TakenTurns taken;

	@AfterEach
	void letGoAndRunScriptsAgain() {
		if (taken != null) {
			taken.close();
		}
		driver().executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", false));
	}

	@Test
	void theAttemptPageSaysWhyItWaitsAndSendsTheAnswersAgainByItself() throws Exception {
		register("Busy Learner");
		String attempt = startTheQuizAndAnswerEverything();
		taken = TakenTurns.take(gate, 1);

		click(find("form.attempt-form button[value=submit]"));
		WebElement status = find("form.attempt-form .submit-status");
		new WebDriverWait(driver(), PATIENCE).until(d -> status.getText().contains("waiting its turn"));
		assertThat(status.getAttribute("role")).isEqualTo("status");
		assertThat(status.getText()).contains("Your answers are safe in this page", "please keep it open");
		assertThat(path()).isEqualTo(attempt);
		assertThat(find("form.attempt-form").getAttribute("aria-busy")).isEqualTo("true");
		record("attempt-waiting-its-turn");

		taken.letGo();
		new WebDriverWait(driver(), PATIENCE).until(d -> !d.findElements(By.cssSelector(".quiz-result")).isEmpty());
		assertThat(path()).isEqualTo(attempt);
		assertThat(find(".quiz-result .quiz-score").getText()).isEqualTo("100%");
		assertThat(find(".quiz-result .verdict").getText()).startsWith("Passed");
	}

	@Test
	void withoutJavaScriptTheBusyPageKeepsTheAnswersAndAsksToSubmitAgain() throws Exception {
		register("Learner Without Scripts");
		startTheQuizAndAnswerEverything();
		driver().executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
		taken = TakenTurns.take(gate, 1);

		follow(find("form.attempt-form button[value=submit]"));
		assertThat(heading()).isEqualTo("Your attempt is not submitted yet");
		assertThat(find(".account-nav").getText()).as("the header, for a learner signed in").contains("Dashboard", "Log out")
			.doesNotContain("Log in");
		assertThat(find("main").getText()).contains("Nothing was lost and nothing was submitted",
				"Please press “Submit again”");
		// The page's own check of accessibility is a script: let scripts run for it, the page stays as served.
		driver().executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", false));
		record("busy-submit-again");

		taken.letGo();
		follow(find("main form button[value=submit]"));
		assertThat(find(".quiz-result .quiz-score").getText()).isEqualTo("100%");
		assertThat(find(".quiz-result .verdict").getText()).startsWith("Passed");
	}

	/** Opens a new attempt at the bundled quiz, answers every question right; returns its address. */
	private String startTheQuizAndAnswerEverything() {
		open(BundledQuiz.INTRO);
		follow(find(".quiz-start button[type=submit]"));
		String attempt = path();
		assertThat(attempt).startsWith(BundledQuiz.INTRO + "/attempts/");
		answer(BundledQuiz.ALL_RIGHT);
		return attempt;
	}
}
