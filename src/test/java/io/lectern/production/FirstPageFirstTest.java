package io.lectern.production;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * As the portal runs outside the test suite: the work it starts once up (here, the standings'
 * catch-up, which records what it counted in {@code course_standing_basis}) waits until the server
 * has answered its first request over HTTP, then runs without another.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
		"spring.datasource.url=jdbc:h2:mem:first-page-first", "lectern.startup.first-page-wait=5m" })
class FirstPageFirstTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate database;

	@Test
	void theStandingsAreCaughtUpOnlyAfterTheFirstPageIsServed() throws Exception {
		Thread.sleep(500);
		assertThat(caughtUpCourses()).isZero();

		HttpResponse<String> page = HttpClient.newHttpClient().send(
				HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/courses/aws-data-security/shared-responsibility")).build(),
				HttpResponse.BodyHandlers.ofString());

		assertThat(page.statusCode()).isEqualTo(200);
		await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() -> caughtUpCourses() > 0);
	}

	private int caughtUpCourses() {
		return database.queryForObject("SELECT COUNT(*) FROM course_standing_basis", Integer.class);
	}
}
