package io.lectern.progress.internal.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.lectern.accounts.LearnerId;
import io.lectern.progress.internal.completion.CompletionRepository;
import io.lectern.progress.internal.review.ReviewSessionTest;
import io.lectern.progress.internal.scores.ScoreRepository;
import io.lectern.web.Browser;
import io.lectern.web.BundledQuiz;
import io.lectern.web.PortalTest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A learner's progress as they read and take quizzes, over real HTTP. */
public class ProgressPagesTest extends PortalTest {

	public static final String LESSON = "/courses/aws-data-security/shared-responsibility";

	@Autowired
	CompletionRepository completions;

	@Autowired
	ScoreRepository scores;

	@Test
	void aGuestIsInvitedToLogInAndGetsTheSharedCachedPage() {
		HttpResponse<String> page = pages.get(LESSON);

		assertThat(page.body()).contains("to mark lessons complete").doesNotContain("Mark as complete", "Log out");
		assertThat(page.headers().firstValue("ETag")).isPresent();
		assertThat(page.headers().firstValue("Cache-Control")).contains("no-cache");
	}

	@Test
	void aLearnerMarksALessonCompleteAndSeesItOnTheLessonAndTheDashboard() {
		Browser ana = Browser.newLearner(port);
		HttpResponse<String> page = ana.get(LESSON);
		assertThat(page.body()).contains("Mark as complete", "Log out").doesNotContain("to mark lessons complete");
		assertThat(page.headers().firstValue("Cache-Control")).contains("private, no-store");
		assertThat(page.headers().firstValue("ETag")).isEmpty();

		HttpResponse<String> completed = ana.submit("/progress/completions", "course", "aws-data-security", "lesson",
				"shared-responsibility");

		assertThat(Browser.location(completed)).isEqualTo(LESSON);
		assertThat(ana.follow(completed).body()).contains("You completed this lesson on").doesNotContain("Mark as complete");
		String dashboard = ana.get("/me").body();
		assertThat(dashboard).contains("1 of 7 lessons completed", "Completed", "The Shared Responsibility Model");
		assertThat(ana.get("/courses/aws-data-security").body()).contains("class=\"is-completed\"", "Completed · ");
		// The guests' shared page never picked up anything of Ana's.
		assertThat(pages.get(LESSON).body()).doesNotContain("You completed this lesson", "Test Learner");
	}

	@Test
	void eachTopicOfAQuizsQuestionsShowsOnTheDashboardWithHowWellItIsKnown() {
		Browser ana = Browser.newLearner(port);
		assertThat(ana.get("/me").body()).contains("Take a quiz: each question");
		Browser ben = Browser.newLearner(port);

		BundledQuiz.pass(ana);
		BundledQuiz.fail(ben);

		// The quiz's topic tags, each read back from the attempt's graded answers.
		String[] topics = { "client-side-encryption", "encryption", "encryption-in-transit", "iam-policies",
				"service-models", "shared-responsibility" };
		List<String> anas = masteryOf(ana.get("/me").body());
		List<String> bens = masteryOf(ben.get("/me").body());
		assertThat(anas).extracting(topic -> topic.split(" ")[0]).containsExactly(topics);
		assertThat(bens).extracting(topic -> topic.split(" ")[0]).containsExactly(topics);
		assertThat(anas).noneMatch(topic -> topic.endsWith(" 0"));
		assertThat(bens).allMatch(topic -> topic.endsWith(" 0"));
	}

	/** Each topic of the dashboard's mastery list, as its name and its percentage. */
	private static List<String> masteryOf(String dashboard) {
		List<String> topics = new ArrayList<>();
		Matcher topic = Pattern.compile("<span class=\"mastery-topic\">([^<]+)</span>\\s*<progress max=\"100\" value=\"(\\d+)\"")
			.matcher(dashboard);
		while (topic.find()) {
			topics.add(topic.group(1) + " " + topic.group(2));
		}
		return topics;
	}

	@Test
	void tenConcurrentCompletionsLeaveOneRow() throws Exception {
		Browser ana = Browser.newLearner(port);
		ana.get(LESSON);
		CountDownLatch go = new CountDownLatch(1);
		List<CompletableFuture<Integer>> requests = new ArrayList<>();
		for (int i = 0; i < 10; i++) {
			requests.add(CompletableFuture.supplyAsync(() -> {
				waitFor(go);
				return ana.submit("/progress/completions", "course", "aws-data-security", "lesson", "root-user").statusCode();
			}));
		}
		go.countDown();

		for (CompletableFuture<Integer> request : requests) {
			assertThat(request.get()).isEqualTo(302);
		}
		String learner = learnerOf(ana);
		assertThat(completions.findByLearner(LearnerId.of(learner))).hasSize(1);
	}

	@Test
	void passingALessonsQuizCompletesTheLessonAndFeedsTheDashboard() {
		Browser ana = Browser.newLearner(port);
		BundledQuiz.fail(ana);
		BundledQuiz.pass(ana);
		String learner = learnerOf(ana);

		await().atMost(Duration.ofSeconds(10)).until(() -> scores.findByLearnerOrderByGradedAt(LearnerId.of(learner)).size() == 2
				&& !completions.findByLearner(LearnerId.of(learner)).isEmpty());

		String dashboard = ana.get("/me").body();
		assertThat(dashboard).contains("1 of 7 lessons completed", "1 of 8 quizzes passed", "Completed, by passing its quiz",
				"Scored 100%, passed, in", "Scored 0%, not passed yet, in");
		assertThat(dashboard).contains("<svg class=\"score-chart-svg\"", "Who secures what?, ", ": 100% (passed)");
		assertThat(dashboard).contains("shared-responsibility", "Proficient · 100%");
		assertThat(ana.get(LESSON).body()).contains("You completed this lesson on");
	}

	@Test
	void aQuizPassedAfterItsLessonWasReadShowsOnTheLessonPageAtOnce() {
		Browser ana = Browser.newLearner(port);
		ana.submit("/progress/completions", "course", "aws-data-security", "lesson", "shared-responsibility");
		// 1 of 15 steps (7 lessons, 8 quizzes), kept in memory for her next pages.
		assertThat(ana.get(LESSON).body()).contains("You completed this lesson on", "\">6% of");
		String learner = learnerOf(ana);

		BundledQuiz.pass(ana);
		await().atMost(Duration.ofSeconds(10)).until(() -> !scores.findByLearnerOrderByGradedAt(LearnerId.of(learner)).isEmpty());

		assertThat(ana.get(LESSON).body()).as("the pass, which completed no new lesson").contains("\">13% of");
	}

	@Test
	void theLessonReadLastIsOfferedAsResumeOnTheHomeAndCoursePages() {
		Browser ana = Browser.newLearner(port);
		assertThat(ana.get("/").body()).contains("Start: Read “About this course”").doesNotContain("Resume:");

		ana.get("/courses/aws-data-security/least-privilege");

		assertThat(ana.get("/").body()).contains("Resume: IAM and the principle of least privilege");
		assertThat(ana.get("/courses/aws-data-security").body()).contains("Resume: IAM and the principle of least privilege", "0%");
		assertThat(pages.get("/").body()).doesNotContain("Resume:");
	}

	@Test
	void guestsAreSentToLogInForTheDashboardAndCompletions() {
		Browser guest = new Browser(port);
		guest.get("/login");

		assertThat(Browser.location(guest.get("/me"))).isEqualTo("/login");
		assertThat(Browser.location(guest.submit("/progress/completions", "course", "aws-data-security", "lesson",
				"root-user"))).isEqualTo("/login");
	}

	private static String learnerOf(Browser browser) {
		return ReviewSessionTest.learnerOf(browser);
	}

	private static void waitFor(CountDownLatch latch) {
		try {
			latch.await();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}
}
