package io.lectern.production;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.lectern.web.Browser;
import io.lectern.web.BundledQuiz;
import io.lectern.web.PortalTest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Health, probes and metrics as a load balancer, Kubernetes and an admin see them on the portal's
 * own port: health is public and says nothing about the database's make; metrics need an admin.
 */
class OperationsTest extends PortalTest {

	@Test
	void healthLivenessAndReadinessArePublicAndSayUp() {
		Browser guest = new Browser(port);
		for (String path : new String[] { "/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness" }) {
			HttpResponse<String> health = guest.get(path);
			assertThat(health.statusCode()).as(path).isEqualTo(200);
			assertThat(health.body()).as(path).contains("\"status\":\"UP\"").doesNotContain("jdbc", "H2", "db");
		}
	}

	@Test
	void metricsNeedAnAdmin() {
		assertThat(new Browser(port).get("/actuator/prometheus").statusCode()).isEqualTo(401);
		assertThat(Browser.newLearner(port).get("/actuator/prometheus").statusCode()).isEqualTo(403);
		assertThat(admin().get("/actuator/prometheus").statusCode()).isEqualTo(200);
	}

	@Test
	void prometheusCountsGradedAttemptsFailedLoginsAndTimesRequests() {
		Browser admin = admin();
		double graded = metric(admin, "lectern_attempts_graded_total");
		double failed = metric(admin, "lectern_logins_failed_total");
		BundledQuiz.pass(Browser.newLearner(port));
		new Browser(port).logIn("nobody-" + port, "not the password at all");

		assertThat(metric(admin, "lectern_attempts_graded_total")).isEqualTo(graded + 1);
		assertThat(metric(admin, "lectern_logins_failed_total")).isEqualTo(failed + 1);
		assertThat(admin.get("/actuator/prometheus").body()).contains("http_server_requests_seconds_count{",
				"uri=\"/quizzes/{quizId}\"");
	}

	private Browser admin() {
		Browser admin = new Browser(port);
		admin.logIn(ADMIN, Browser.PASSWORD);
		return admin;
	}

	/** A counter's value as Prometheus scrapes it. */
	static double metric(Browser scraper, String name) {
		return await().atMost(Duration.ofSeconds(5)).until(() -> {
			for (String line : scraper.get("/actuator/prometheus").body().split("\n")) {
				if (line.startsWith(name + " ") || line.startsWith(name + "{")) {
					return Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
				}
			}
			return null;
		}, value -> value != null);
	}
}
