package io.lectern.progress.internal.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.lectern.accounts.LearnerId;
import io.lectern.progress.internal.review.ReviewSessionTest;
import io.lectern.progress.internal.scores.ScoreRepository;
import io.lectern.web.Browser;
import io.lectern.web.BundledQuiz;
import io.lectern.web.PortalTest;
import jakarta.persistence.EntityManagerFactory;
import java.time.Duration;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The dashboard costs a fixed handful of SQL statements, however much the learner has done. */
class DashboardQueriesTest extends PortalTest {

	@Autowired
	EntityManagerFactory entities;

	@Autowired
	ScoreRepository scores;

	@Test
	void theDashboardsQueriesDoNotGrowWithAttemptsCompletionsAndTopics() {
		Browser ana = Browser.newLearner(port);
		BundledQuiz.fail(ana);
		String learner = ReviewSessionTest.learnerOf(ana);
		await().atMost(Duration.ofSeconds(10)).until(() -> scores.findByLearnerOrderByGradedAt(LearnerId.of(learner)).size() == 1);
		long few = statementsFor(ana);

		for (String lesson : new String[] { "root-user", "least-privilege", "groups-and-roles" }) {
			ana.get("/courses/aws-data-security/" + lesson);
			ana.submit("/progress/completions", "course", "aws-data-security", "lesson", lesson);
		}
		BundledQuiz.fail(ana);
		BundledQuiz.pass(ana);
		await().atMost(Duration.ofSeconds(10)).until(() -> scores.findByLearnerOrderByGradedAt(LearnerId.of(learner)).size() == 3);
		long many = statementsFor(ana);

		assertThat(few).isLessThanOrEqualTo(8);
		assertThat(many).isEqualTo(few);
	}

	private long statementsFor(Browser browser) {
		Statistics statistics = entities.unwrap(SessionFactory.class).getStatistics();
		// Listeners of earlier submits may still be writing: measure once the database is quiet.
		await().pollDelay(Duration.ofMillis(300)).atMost(Duration.ofSeconds(10)).until(() -> {
			long before = statistics.getPrepareStatementCount();
			Thread.sleep(200);
			return statistics.getPrepareStatementCount() == before;
		});
		statistics.clear();
		assertThat(browser.get("/me").statusCode()).isEqualTo(200);
		return statistics.getPrepareStatementCount();
	}
}
