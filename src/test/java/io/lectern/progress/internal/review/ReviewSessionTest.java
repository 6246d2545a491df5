package io.lectern.progress.internal.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.lectern.accounts.LearnerId;
import io.lectern.progress.internal.mastery.GradedAnswers;
import io.lectern.web.Browser;
import io.lectern.web.BundledQuiz;
import io.lectern.web.PortalTest;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Missed questions come back for review when due, and answering them moves them along the schedule. */
public class ReviewSessionTest extends PortalTest {

	private static final Pattern FORM = Pattern.compile("action=\"(/review/shared-responsibility-check/([^\"]+))\"");

	@Autowired
	ReviewRepository reviews;

	@Autowired
	GradedAnswers results;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aMissedQuestionIsDueTheNextDayAndAnsweringItSchedulesTheNextReview() {
		Browser ana = Browser.newLearner(port);
		BundledQuiz.fail(ana);
		String learner = learnerOf(ana);
		await().atMost(Duration.ofSeconds(10)).until(() -> reviews.findByLearner(LearnerId.of(learner)).size() == 13);
		assertThat(reviews.findByLearner(LearnerId.of(learner))).allSatisfy(item -> assertThat(item.dueAt())
			.isBetween(Instant.now().plus(Duration.ofHours(23)), Instant.now().plus(Duration.ofHours(25))));
		assertThat(ana.get("/review").body()).contains("Nothing is due for review right now");
		assertThat(ana.get("/me").body()).contains("No questions are due for review");

		aDayPasses(learner);

		assertThat(ana.get("/me").body()).contains("Review (13 due)");
		String page = ana.get("/review").body();
		assertThat(page).contains("13 questions are due", "Check answer");
		Matcher form = FORM.matcher(page);
		assertThat(form.find()).isTrue();
		String questionId = form.group(2);

		HttpResponse<String> checked = ana.submit(form.group(1), rightAnswerTo(questionId));

		assertThat(checked.statusCode()).isEqualTo(200);
		assertThat(checked.body()).contains("Next question (12 left)", "<fieldset class=\"answered\" disabled=\"disabled\">");
		ReviewItem item = reviews.findById(new ReviewItem.Key(LearnerId.of(learner), "shared-responsibility-check", questionId))
			.orElseThrow();
		assertThat(item.card().repetitions()).isEqualTo(1);
		assertThat(item.dueAt()).isAfter(Instant.now().plus(Duration.ofHours(23)));
		assertThat(results.of(LearnerId.of(learner)))
			.anySatisfy(result -> assertThat(result.answeredIn()).isEqualTo(GradedAnswers.In.REVIEW));
		HttpResponse<String> again = ana.submit(form.group(1), rightAnswerTo(questionId));
		assertThat(again.statusCode()).isEqualTo(409);
		assertThat(again.body()).contains("not due for review any more");
	}

	@Test
	void nobodyCanReviewAnotherLearnersQuestions() {
		Browser ana = Browser.newLearner(port);
		BundledQuiz.fail(ana);
		String learner = learnerOf(ana);
		await().atMost(Duration.ofSeconds(10)).until(() -> reviews.findByLearner(LearnerId.of(learner)).size() == 13);
		aDayPasses(learner);
		Browser bob = Browser.newLearner(port);

		String bobs = bob.get("/review").body();

		assertThat(bobs).contains("Nothing is due for review right now");
		bob.get("/me");
		assertThat(bob.submit("/review/shared-responsibility-check/rds-patching", "q-rds-patching", "aws").statusCode())
			.isEqualTo(409);
		assertThat(reviews.findById(new ReviewItem.Key(LearnerId.of(learner), "shared-responsibility-check", "rds-patching"))
			.orElseThrow()
			.card()
			.repetitions()).isZero();
	}

	/** Time passes for this learner's queue: everything in it falls due. */
	private void aDayPasses(String learner) {
		jdbc.update("update review_card set due_at = ? where learner = ?",
				Timestamp.from(Instant.now().minus(1, ChronoUnit.MINUTES)), learner);
	}

	private static String[] rightAnswerTo(String questionId) {
		List<String> fields = new ArrayList<>();
		String[] all = BundledQuiz.ALL_RIGHT;
		for (int i = 0; i + 1 < all.length; i += 2) {
			if (all[i].equals("q-" + questionId) || all[i].startsWith("q-" + questionId + "/")) {
				fields.add(all[i]);
				fields.add(all[i + 1]);
			}
		}
		return fields.toArray(String[]::new);
	}

	public static String learnerOf(Browser browser) {
		return browser.get("/me/data.json").body().replaceAll("(?s).*\"learnerId\":\"([^\"]+)\".*", "$1");
	}
}
