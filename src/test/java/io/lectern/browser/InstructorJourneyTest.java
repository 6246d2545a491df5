package io.lectern.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import io.lectern.web.Browser;
import io.lectern.web.BundledQuiz;

/** An instructor (the configured admin, who may see everything an instructor sees) checks the cohort and a quiz's items. */
class InstructorJourneyTest extends BrowserJourney {

	@Test
	void seesTheCohortAndTheItemAnalysis() {
		// Someone has to have taken the quiz for the analysis to have figures.
		BundledQuiz.pass(Browser.newLearner(port));

		logIn(ADMIN, Browser.PASSWORD);
		followLink(".account-nav", "Cohort");
		assertThat(path()).isEqualTo("/instructor");
		record("instructor");

		open("/instructor/courses/aws-data-security");
		assertThat(heading()).isEqualTo("AWS Big Data: Data Security");
		assertThat(find("main").findElements(By.cssSelector("table tbody tr"))).isNotEmpty();
		record("cohort");

		open("/instructor/quizzes/shared-responsibility-check");
		assertThat(heading()).isEqualTo("Who secures what?");
		assertThat(find("main").getText()).contains("Reading the figures");
		assertThat(find("main").findElements(By.cssSelector("table tbody tr"))).hasSizeGreaterThanOrEqualTo(13);
		record("item-analysis");
	}
}
