package io.lectern.production;

import static org.assertj.core.api.Assertions.assertThat;

import io.lectern.LecternApplication;
import io.lectern.web.Browser;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The portal as the deployment files run it: with a separate management port (for the internal
 * network only), where a metrics scraper reads without an account while the portal's own port does
 * not serve metrics to a guest, and with logs as JSON lines for a log collector.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:management", "management.server.port=0",
				"logging.structured.format.console=ecs" })
@ExtendWith(OutputCaptureExtension.class)
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

	/** The container's HEALTHCHECK, as Docker runs it, against a portal whose actuator moved to its own port. */
	@Test
	void theContainerHealthCheckFollowsTheManagementPort() throws Exception {
		assertThat(healthCheck(Map.of("MANAGEMENT_SERVER_PORT", String.valueOf(managementPort), "SERVER_PORT",
				String.valueOf(port)))).as("healthy on the management port").isZero();
		assertThat(healthCheck(Map.of("SERVER_PORT", String.valueOf(port))))
			.as("the HTTP port has no health to report once the actuator moved").isNotZero();
	}

	private static int healthCheck(Map<String, String> environment) throws Exception {
		ProcessBuilder check = new ProcessBuilder("bash", "deploy/healthcheck.sh").redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.DISCARD);
		check.environment().keySet().removeIf(name -> name.startsWith("MANAGEMENT_") || name.equals("SERVER_PORT"));
		check.environment().putAll(environment);
		Process process = check.start();
		assertThat(process.waitFor(10, TimeUnit.SECONDS)).as("answers within the check's timeout").isTrue();
		return process.exitValue();
	}

	@Test
	void logLinesAreJsonWhenAskedFor(CapturedOutput output) {
		LoggerFactory.getLogger(LecternApplication.class).info("a line for the log collector");

		assertThat(output.getOut().lines().filter(line -> line.contains("a line for the log collector")))
			.singleElement()
			.satisfies(line -> assertThat(line).startsWith("{\"@timestamp\":")
				.contains("\"message\":\"a line for the log collector\"", "\"level\":\"INFO\"")
				.endsWith("}"));
	}
}
