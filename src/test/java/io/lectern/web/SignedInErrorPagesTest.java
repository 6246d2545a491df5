package io.lectern.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * A learner who is signed in sees the header of every other page on the pages that refuse them:
 * those Spring Boot's error page renders (403, 404, 500) and those a controller's exception handler
 * renders (the quiz's 404 and 409), each answered as a browser asks.
 */
class SignedInErrorPagesTest extends PortalTest {

	private static final String[] AS_A_BROWSER = { "Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8" };

	@Test
	void everyErrorPageNamesTheSignedInLearnerAndOffersLogOut() {
		Browser learner = Browser.newLearner(port);
		String attempt = BundledQuiz.start(learner);
		learner.get(attempt);
		assertThat(learner.submit(attempt, "action", "submit").statusCode()).isEqualTo(302);

		Map<String, HttpResponse<String>> refusals = new LinkedHashMap<>();
		refusals.put("409, an attempt submitted again", learner.submit(attempt, "action", "submit"));
		refusals.put("404, an attempt that is not theirs",
				learner.get(BundledQuiz.INTRO + "/attempts/00000000-0000-0000-0000-000000000000", AS_A_BROWSER));
		refusals.put("404, an address nothing answers", learner.get("/no/such/page", AS_A_BROWSER));
		refusals.put("403, an admin's page", learner.get("/admin/users", AS_A_BROWSER));
		refusals.put("403, a form sent without its token", learner.postForm("/progress/completions", AS_A_BROWSER, "course", "x"));
		refusals.put("500, the error page asked for", learner.get("/error", AS_A_BROWSER));

		SoftAssertions softly = new SoftAssertions();
		refusals.forEach((what, page) -> {
			softly.assertThat(page.statusCode()).as(what).isEqualTo(Integer.parseInt(what.substring(0, 3)));
			softly.check(() -> PageHeader.assertNamesTheLearner(what, page.body(), "Test Learner"));
		});
		softly.assertAll();
	}
}
