package io.lectern.progress.internal.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.lectern.accounts.LearnerId;
import io.lectern.progress.internal.dashboard.ProgressPagesTest;
import io.lectern.progress.internal.review.ReviewSessionTest;
import io.lectern.progress.internal.scores.ScoreRepository;
import io.lectern.web.Browser;
import io.lectern.web.BundledQuiz;
import io.lectern.web.PortalTest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** A learner's rights to their data: download all of it, delete all of it, and nobody else's. */
class MyDataTest extends PortalTest {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ScoreRepository scores;

	@Test
	void theDownloadHoldsTheProfileCompletionsAttemptsAndAnswersButNoPasswordHash() {
		Browser ana = Browser.newLearner(port);
		ana.get(ProgressPagesTest.LESSON);
		ana.submit("/progress/completions", "course", "aws-data-security", "lesson", "root-user");
		BundledQuiz.pass(ana);
		String learner = ReviewSessionTest.learnerOf(ana);
		await().atMost(Duration.ofSeconds(10)).until(() -> scores.findByLearnerOrderByGradedAt(LearnerId.of(learner)).size() == 1);

		HttpResponse<String> data = ana.get("/me/data.json");

		assertThat(data.headers().firstValue("Content-Disposition")).hasValueSatisfying(
				value -> assertThat(value).startsWith("attachment; filename=\"lectern-learner-"));
		assertThat(data.headers().firstValue("Cache-Control")).contains("no-store");
		assertThat(data.body()).contains("\"displayName\":\"Test Learner\"", "\"roles\":[\"LEARNER\"]",
				"aws-data-security/root-user.md", "\"completedBy\":\"LEARNER\"", "\"quizId\":\"shared-responsibility-check\"",
				"\"percent\":100.0", "\"rds-patching\"", "\"answeredIn\":\"QUIZ\"")
			.doesNotContain("argon2", "password");
	}

	@Test
	void aLearnerOnlyEverDownloadsTheirOwnData() {
		Browser ana = Browser.newLearner(port);
		BundledQuiz.fail(ana);
		Browser bob = Browser.newLearner(port);
		String anas = ReviewSessionTest.learnerOf(ana);

		String bobs = bob.get("/me/data.json").body();

		assertThat(bobs).doesNotContain(anas).doesNotContain("shared-responsibility-check");
		assertThat(bob.get("/me/data.json?learner=" + anas).body()).doesNotContain(anas);
	}

	@Test
	void deletingTheAccountNeedsThePasswordThenRemovesEverything() {
		Browser ana = Browser.newLearner(port);
		ana.get(ProgressPagesTest.LESSON);
		BundledQuiz.fail(ana);
		String learner = ReviewSessionTest.learnerOf(ana);
		await().atMost(Duration.ofSeconds(10)).until(() -> rows("review_card", learner) == 13);

		ana.get("/me/delete");
		HttpResponse<String> refused = ana.submit("/me/delete", "password", "not my password");
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("That is not your password. Nothing was deleted.");
		assertThat(rows("account", learner)).isOne();

		HttpResponse<String> deleted = ana.submit("/me/delete", "password", Browser.PASSWORD);

		assertThat(Browser.location(deleted)).isEqualTo("/");
		assertThat(ana.follow(deleted).body()).contains("Your account and everything kept about you have been deleted",
				"Log in");
		await().atMost(Duration.ofSeconds(10)).until(() -> rows("quiz_attempt", learner) == 0
				&& rows("review_card", learner) == 0 && rows("quiz_score", learner) == 0);
		for (String table : new String[] { "account", "lesson_visit", "lesson_completion", "graded_answers",
				"course_completion" }) {
			assertThat(rows(table, learner)).as(table).isZero();
		}
	}

	private int rows(String table, String learner) {
		String column = table.equals("account") ? "public_id" : "learner";
		return jdbc.queryForObject("select count(*) from " + table + " where " + column + " = ?", Integer.class, learner);
	}
}
