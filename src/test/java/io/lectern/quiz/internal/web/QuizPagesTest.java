package io.lectern.quiz.internal.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.lectern.web.Browser;
import io.lectern.web.BundledQuiz;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A learner takes the bundled quiz through its pages over real HTTP, as a browser would. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "spring.datasource.url=jdbc:h2:mem:full")
class QuizPagesTest {

	static final String INTRO = BundledQuiz.INTRO;

	/** Every question of the bundled quiz answered right, as the attempt form sends it. */
	static final String[] ALL_RIGHT = BundledQuiz.ALL_RIGHT;

	@LocalServerPort
	int port;

	Browser ada;

	@BeforeEach
	void openBrowser() {
		ada = Browser.newLearner(port);
	}

	@Test
	void aGuestSeesTheQuizRulesBeforeStarting() {
		HttpResponse<String> intro = ada.get(INTRO);

		assertThat(intro.statusCode()).isEqualTo(200);
		assertThat(intro.body()).contains("Who secures what?", "Pass mark", "70%", "3 of 3 left", "Start the quiz",
				"your best attempt counts", "href=\"/courses/aws-data-security/shared-responsibility\"")
			.doesNotContain("Your attempts");
	}

	@Test
	void theLessonOffersItsQuizAtTheEnd() {
		String lesson = ada.get("/courses/aws-data-security/shared-responsibility").body();
		String other = ada.get("/courses/aws-data-security/least-privilege").body();

		assertThat(lesson).contains("Check what you learned", "href=\"/quizzes/shared-responsibility-check\"",
				"13 questions · pass mark 70%");
		assertThat(other).doesNotContain("/quizzes/shared-responsibility-check");
	}

	@Test
	void aLearnerAnswersEveryQuestionTypeAndIsGradedOnTheServer() {
		String attempt = start(ada);
		HttpResponse<String> form = ada.get(attempt);
		assertThat(form.body()).contains("<legend>", "type=\"radio\"", "type=\"checkbox\"", "inputmode=\"decimal\"",
				"<select", "Each pair of neighbours in the right order earns 1/2 of the points.");

		HttpResponse<String> submitted = ada.submit(attempt, with(ALL_RIGHT, "action", "submit"));
		assertThat(submitted.statusCode()).isEqualTo(302);

		HttpResponse<String> review = ada.follow(submitted);
		assertThat(review.body()).contains("100%", "13 of 13 points", "Passed", "Correct")
			.doesNotContain("Incorrect", "Partly correct");
	}

	@Test
	void scoresAndVerdictsSentByTheClientAreIgnored() {
		String attempt = start(ada);

		HttpResponse<String> review = ada.follow(ada.submit(attempt, "q-rds-patching", "customer", "score", "100",
				"correct", "true", "passed", "true", "fraction", "1", "action", "submit"));

		assertThat(review.body()).contains("0%", "0 of 13 points", "Not passed");
	}

	@Test
	void savedAnswersComeBackOnReloadAndUntickingEverythingSticks() {
		String attempt = start(ada);
		ada.submit(attempt, "q-always-yours", "data", "q-lost-key", "SSE <b>C</b>", "q-match-models/emr", "container",
				"action", "save");

		HttpResponse<String> reloaded = ada.get(attempt);
		assertThat(reloaded.body()).contains("Your answers are saved", "value=\"data\" checked", "value=\"SSE &lt;b&gt;C&lt;/b&gt;\"",
				"<option value=\"container\" selected");

		ada.submit(attempt, "q-lost-key", "SSE <b>C</b>", "action", "save");
		assertThat(ada.get(attempt).body()).doesNotContain("checked");
	}

	@Test
	void correctAnswersFeedbackAndExplanationsWaitForTheLastAttempt() {
		String first = start(ada);
		String firstReview = ada.follow(ada.submit(first, "q-rds-patching", "customer", "action", "submit")).body();
		assertThat(firstReview).contains("appear once you have used your last attempt", "Try again")
			.doesNotContain(">Correct answer<", "RDS is a container service", "That would be true on EC2");

		ada.follow(ada.submit(start(ada), "action", "submit"));
		String last = start(ada);
		String lastReview = ada.follow(ada.submit(last, "q-rds-patching", "customer", "action", "submit")).body();
		assertThat(lastReview).contains(">Correct answer<", "RDS is a container service", "That would be true on EC2",
				"Amazon EC2 → Infrastructure", "Back to the quiz");
		assertThat(ada.get(first).body()).contains("RDS is a container service");

		HttpResponse<String> intro = ada.get(INTRO);
		assertThat(intro.body()).contains("You have used all 3 attempts", "Your attempts", "0 of 3 left")
			.doesNotContain("Start attempt");
		assertThat(ada.submit(INTRO + "/attempts").statusCode()).isEqualTo(409);
	}

	@Test
	void anotherLearnerCannotSeeOrSubmitMyAttempt() {
		String attempt = start(ada);
		Browser mallory = Browser.newLearner(port);
		mallory.get(INTRO);

		assertThat(mallory.get(attempt).statusCode()).isEqualTo(404);
		assertThat(mallory.submit(attempt, with(ALL_RIGHT, "action", "submit")).statusCode()).isEqualTo(404);
		assertThat(mallory.sendJson("GET", "/api" + attempt, null).statusCode()).isEqualTo(404);
		assertThat(ada.get(attempt).body()).contains("Submit and see my result");
	}

	@Test
	void aFormWithoutItsCsrfTokenIsRefusedAndChangesNothing() {
		String attempt = start(ada);

		assertThat(ada.postForm(attempt, with(ALL_RIGHT, "action", "submit")).statusCode()).isEqualTo(403);
		assertThat(ada.postForm(INTRO + "/attempts").statusCode()).isEqualTo(403);
		assertThat(ada.get(attempt).body()).contains("Submit and see my result").doesNotContain("checked");
	}

	@Test
	void aStaleFormAfterSubmittingGetsAClear409AndTheResultStands() {
		String attempt = start(ada);
		ada.get(attempt);
		ada.submit(attempt, "q-rds-patching", "aws", "action", "submit");

		HttpResponse<String> again = ada.submit(attempt, with(ALL_RIGHT, "action", "submit"));
		assertThat(again.statusCode()).isEqualTo(409);
		assertThat(again.body()).contains("already submitted", "Nothing was changed");
		assertThat(ada.submit(attempt, with(ALL_RIGHT, "action", "save")).statusCode()).isEqualTo(409);
		assertThat(ada.get(attempt).body()).contains("1 of 13 points");
	}

	@Test
	void sixteenSimultaneousSubmitsOfOneFormCountOnce() throws Exception {
		String attempt = start(ada);
		ada.get(attempt);
		ExecutorService pool = Executors.newFixedThreadPool(16);
		CountDownLatch go = new CountDownLatch(1);
		List<Future<Integer>> statuses = new ArrayList<>();
		for (int i = 0; i < 16; i++) {
			Callable<Integer> submit = () -> {
				go.await();
				return ada.submit(attempt, with(ALL_RIGHT, "action", "submit")).statusCode();
			};
			statuses.add(pool.submit(submit));
		}
		go.countDown();
		List<Integer> codes = new ArrayList<>();
		for (Future<Integer> status : statuses) {
			codes.add(status.get());
		}
		pool.shutdown();

		assertThat(codes).containsOnly(302, 409);
		assertThat(codes.stream().filter(code -> code == 302)).hasSize(1);
		assertThat(ada.get(INTRO).body()).contains("2 of 3 left");
	}

	@Test
	void anOverlongAnswerIsRefusedWithItsReason() {
		String attempt = start(ada);

		HttpResponse<String> refused = ada.submit(attempt, "q-lost-key", "x".repeat(301), "action", "save");

		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("at most 300 characters");
	}

	@Test
	void practiceChecksOneAnswerAtOnceAndRecordsNothing() {
		String practice = "/quizzes/least-privilege-practice/practice";
		assertThat(ada.get("/quizzes/least-privilege-practice").body()).contains("href=\"" + practice + "\"");
		assertThat(ada.get(practice).body()).contains("Check answer", "Nothing here is recorded")
			.doesNotContain("Groups hold users only");

		HttpResponse<String> checked = ada.submit(practice + "/nested-groups", "q-nested-groups", "true");

		assertThat(checked.statusCode()).isEqualTo(200);
		assertThat(checked.body()).contains("Incorrect", "Groups hold users only; they cannot be nested.",
				"attach more policies to its group", "value=\"true\" checked");
		assertThat(ada.get("/quizzes/least-privilege-practice").body()).doesNotContain("Your attempts", "Your result");
	}

	@Test
	void aQuizWithoutPracticeOffersNone() {
		assertThat(ada.get(INTRO).body()).doesNotContain("/practice");
		assertThat(ada.get(INTRO + "/practice").statusCode()).isEqualTo(404);
	}

	@Test
	void idsTheQuestionDoesNotKnowAreDroppedHoweverManyAreSent() {
		String attempt = start(ada);
		List<String> fields = new ArrayList<>(List.of("q-always-yours", "data", "action", "save"));
		for (int i = 0; i < 500; i++) {
			fields.addAll(List.of("q-always-yours", "not-a-choice-" + "x".repeat(90) + i));
		}

		assertThat(ada.submit(attempt, fields.toArray(String[]::new)).statusCode()).isEqualTo(302);

		String review = ada.follow(ada.submit(attempt, "q-always-yours", "data", "action", "submit")).body();
		assertThat(review).contains("Protecting the data you store", "(1 right - 0 wrong) / 2 correct choices");
	}

	@Test
	void anUnknownQuizOrAttemptIsNotFound() {
		assertThat(ada.get("/quizzes/no-such-quiz").statusCode()).isEqualTo(404);
		assertThat(ada.get(INTRO + "/attempts/00000000-0000-0000-0000-000000000000").statusCode()).isEqualTo(404);
	}

	static String start(Browser browser) {
		return start(browser, INTRO);
	}

	/** Starts an attempt from a quiz's page, as the Start button does, and returns its address. */
	static String start(Browser browser, String intro) {
		browser.get(intro);
		return Browser.location(browser.submit(intro + "/attempts"));
	}

	static String[] with(String[] fields, String... more) {
		List<String> all = new ArrayList<>(List.of(fields));
		all.addAll(List.of(more));
		return all.toArray(String[]::new);
	}
}
