package io.lectern.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.lectern.web.Browser;
import io.lectern.web.PortalTest;
import java.net.http.HttpResponse;
import java.util.List;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * On the portal's own port only health and its two probe groups are open: every other actuator
 * address, exposed or not, is refused to guests and learners alike, metrics are the admin's, the
 * endpoints that would hand out configuration, heap or threads are not there even for the admin,
 * and the H2 console is not served at all.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ActuatorExposureTest extends PortalTest {

	private static final List<String> PUBLIC = List.of("/actuator/health", "/actuator/health/liveness",
			"/actuator/health/readiness");

	/** Exposed endpoints, addresses under them, and the usual names of those that must never be exposed. */
	private static final List<String> PROTECTED = List.of("/actuator", "/actuator/", "/actuator/info", "/actuator/metrics",
			"/actuator/metrics/jvm.memory.used", "/actuator/prometheus", "/actuator/health/db", "/actuator/env",
			"/actuator/env/spring.datasource.url", "/actuator/configprops", "/actuator/beans", "/actuator/mappings",
			"/actuator/heapdump", "/actuator/threaddump", "/actuator/loggers", "/actuator/loggers/ROOT",
			"/actuator/logfile", "/actuator/sessions", "/actuator/flyway", "/actuator/conditions", "/actuator/scheduledtasks",
			"/actuator/caches", "/actuator/startup", "/actuator/shutdown", "/actuator/httpexchanges", "/actuator/auditevents",
			"/actuator/modulith", "/actuator/sbom");

	/** What would give away secrets, memory or control of the process, even to an admin. */
	private static final List<String> NEVER_EXPOSED = List.of("/actuator/env", "/actuator/configprops", "/actuator/beans",
			"/actuator/heapdump", "/actuator/threaddump", "/actuator/loggers", "/actuator/logfile", "/actuator/sessions",
			"/actuator/shutdown", "/actuator/mappings", "/actuator/conditions", "/actuator/httpexchanges");

	private Browser guest;

	private Browser learner;

	private Browser admin;

	@BeforeAll
	void arrive() {
		guest = new Browser(port);
		learner = Browser.newLearner(port);
		admin = Cast.admin(port);
	}

	@Test
	void healthAndItsProbesArePublicAndSayNoMoreThanUp() {
		for (Browser anyone : List.of(guest, learner)) {
			for (String path : PUBLIC) {
				HttpResponse<String> health = anyone.get(path);
				assertThat(health.statusCode()).as(path).isEqualTo(200);
				assertThat(health.body()).as(path).contains("\"status\":\"UP\"").doesNotContain("components", "details", "H2");
			}
		}
	}

	@Test
	void everyOtherActuatorAddressIsRefusedToGuestsAndLearners() {
		SoftAssertions softly = new SoftAssertions();
		for (String path : PROTECTED) {
			softly.assertThat(guest.get(path).statusCode()).as("guest: GET " + path).isIn(401, 403, 404);
			softly.assertThat(learner.get(path).statusCode()).as("learner: GET " + path).isIn(401, 403, 404);
			softly.assertThat(new Forger(port).send("POST", path, "{}", List.of("Content-Type", "application/json"))
				.statusCode()).as("guest: POST " + path).isIn(401, 403, 404);
		}
		softly.assertAll();
	}

	@Test
	void metricsAreTheAdminsAlone() {
		assertThat(guest.get("/actuator/prometheus").statusCode()).isEqualTo(401);
		assertThat(learner.get("/actuator/prometheus").statusCode()).isEqualTo(403);

		HttpResponse<String> scraped = admin.get("/actuator/prometheus");

		assertThat(scraped.statusCode()).isEqualTo(200);
		assertThat(scraped.body()).contains("http_server_requests_seconds_count");
	}

	@Test
	void whatWouldGiveAwaySecretsOrControlIsNotExposedEvenToTheAdmin() {
		SoftAssertions softly = new SoftAssertions();
		for (String path : NEVER_EXPOSED) {
			softly.assertThat(admin.get(path).statusCode()).as("admin: GET " + path).isEqualTo(404);
		}
		softly.assertAll();
	}

	@Test
	void theH2ConsoleIsNotServed() {
		for (Browser anyone : List.of(guest, learner, admin)) {
			for (String path : List.of("/h2-console", "/h2-console/", "/h2-console/login.jsp")) {
				HttpResponse<String> console = anyone.get(path);
				assertThat(console.statusCode()).as(path).isEqualTo(404);
				assertThat(console.body()).as(path).doesNotContainIgnoringCase("H2 Console").doesNotContain("jdbc:");
			}
		}
	}
}
