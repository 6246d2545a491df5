package io.lectern.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import io.lectern.web.BundledQuiz;

/**
 * A new learner registers, completes a lesson, takes the bundled quiz (every question type it
 * has, answered through the real form controls) and finds all of it on the dashboard.
 */
class LearnerJourneyTest extends BrowserJourney {

	private static final String LESSON = "/courses/aws-data-security/shared-responsibility";

	@Test
	void registersReadsTakesTheQuizAndSeesProgress() {
		register("Browser Learner");

		open(LESSON);
		follow(find("#lesson-progress").findElement(By.xpath(".//button[normalize-space()='Mark as complete']")));
		assertThat(path()).startsWith(LESSON);
		assertThat(find("#lesson-progress .lesson-done").getText()).contains("You completed this lesson");
		record("lesson-completed");

		open(BundledQuiz.INTRO);
		record("quiz-intro");
		follow(find(".quiz-start button[type=submit]"));
		assertThat(path()).startsWith(BundledQuiz.INTRO + "/attempts/");
		assertThat(find("form.attempt-form").findElements(By.cssSelector("fieldset.question"))).hasSize(13);
		answer(BundledQuiz.ALL_RIGHT);
		record("attempt-answered");
		follow(find("form.attempt-form button[value=submit]"));
		assertThat(find(".quiz-result .quiz-score").getText()).isEqualTo("100%");
		assertThat(find(".quiz-result .verdict").getText()).startsWith("Passed");
		record("result");

		// Explanations are shown once the last of the three attempts is used: spend the other two blank.
		for (int attempt = 2; attempt <= 3; attempt++) {
			followLink(".result-actions", "Try again");
			follow(find(".quiz-start button[type=submit]"));
			follow(find("form.attempt-form button[value=submit]"));
			assertThat(find(".quiz-result .verdict").getText()).startsWith("Not passed");
		}
		open(BundledQuiz.INTRO);
		assertThat(find(".quiz-result .verdict").getText()).isEqualTo("Passed");
		followLink("table.attempts", "Review 1");
		List<WebElement> reviews = driver().findElements(By.cssSelector("article.question.review"));
		assertThat(reviews).hasSize(13);
		assertThat(reviews).allSatisfy(review -> {
			assertThat(review.findElement(By.cssSelector(".verdict-badge")).getText()).isEqualTo("Correct");
			assertThat(review.findElement(By.cssSelector(".explanation")).getText()).startsWith("Why").hasSizeGreaterThan(20);
		});
		record("review");

		followLink(".account-nav", "Dashboard");
		assertThat(path()).isEqualTo("/me");
		assertThat(heading()).isEqualTo("Welcome back, Browser Learner");
		String dashboard = find("main").getText();
		assertThat(dashboard).contains("AWS Big Data: Data Security", "1 of 7 lessons completed", "1 of 8 quizzes passed",
				"Who secures what?", "100%");
		record("dashboard");
	}
}
