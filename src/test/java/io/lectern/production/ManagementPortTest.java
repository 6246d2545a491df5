package io.lectern.production;

import static org.assertj.core.api.Assertions.assertThat;

import io.lectern.web.Browser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * With a separate management port (for the internal network only), a metrics scraper reads it
 * without an account, and the portal's own port does not serve them to a guest.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:management", "management.server.port=0" })
class ManagementPortTest {

	@LocalServerPort
	int port;

	@Value("${local.management.port}")
	int managementPort;

	@Test
	void metricsAndHealthAreOnTheManagementPortOnly() {
		Browser scraper = new Browser(managementPort);
		assertThat(scraper.get("/actuator/prometheus").statusCode()).isEqualTo(200);
		assertThat(OperationsTest.metric(scraper, "lectern_attempts_graded_total")).isNotNegative();
		assertThat(scraper.get("/actuator/health/readiness").statusCode()).isEqualTo(200);
		assertThat(scraper.get("/actuator/beans").statusCode()).as("not exposed").isEqualTo(404);

		// The portal's port asks for a login first, as for any actuator address; there is nothing behind it.
		assertThat(new Browser(port).get("/actuator/prometheus").statusCode()).isEqualTo(401);
	}
}
