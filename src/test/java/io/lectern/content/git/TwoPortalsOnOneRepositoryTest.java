package io.lectern.content.git;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.lectern.LecternApplication;
import io.lectern.content.ContentSource;
import io.lectern.web.Browser;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two portals on one repository and one database, as two instances behind a load balancer, each
 * with a clone of its own: a commit pushed and a reload asked of one of them (as a load balancer
 * sends a CI webhook to one only), and both serve the commit. Neither polls the repository here:
 * the second learns of the commit from the database.
 */
class TwoPortalsOnOneRepositoryTest {

	private static final String SECRET = "two-portals-reload-secret-0123456789";

	private static final List<ConfigurableApplicationContext> portals = new ArrayList<>();

	private static CourseRepository repository;

	private static int a;

	private static int b;

	@BeforeAll
	static void startTwoPortals() throws IOException {
		repository = CourseRepository.create(Files.createTempDirectory("lectern-two-portals"));
		repository.lesson("shared/01-first.md", "First", "The first version.");
		repository.lesson("other/01-first.md", "Other", "A course the commit leaves alone.");
		repository.commit("The first version");
		Map<String, Object> settings = new HashMap<>();
		settings.put("server.port", 0);
		settings.put("spring.datasource.url", "jdbc:h2:mem:two-portals-git;DB_CLOSE_DELAY=-1");
		settings.put("lectern.content.git.url", repository.url());
		settings.put("lectern.content.git.poll", "1h");
		settings.put("lectern.content.git.check", "1s");
		settings.put("lectern.content.reload-secret", SECRET);
		a = start(settings);
		b = start(settings);
	}

	@AfterAll
	static void stopThem() {
		portals.forEach(ConfigurableApplicationContext::close);
		repository.close();
	}

	@Test
	void aCommitReloadedOnOnePortalIsServedByBoth() throws Exception {
		assertThat(new Browser(b).get("/courses/shared/01-first").body()).contains("The first version.");
		repository.lesson("shared/01-first.md", "First", "The second version.");
		repository.commit("The second version");

		HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest
			.newBuilder(URI.create("http://localhost:" + a + "/admin/content/reload"))
			.header("X-Lectern-Reload-Secret", SECRET)
			.POST(HttpRequest.BodyPublishers.noBody())
			.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(answer.statusCode()).isEqualTo(200);
		assertThat(answer.body()).contains("\"courses\":[\"shared\"]");
		assertThat(new Browser(a).get("/courses/shared/01-first").body()).contains("The second version.");
		// The commit is recorded as served once its courses are swapped in, a moment after their pages show it.
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
			assertThat(new Browser(b).get("/courses/shared/01-first").body()).contains("The second version.");
			assertThat(portals.get(1).getBean(ContentSource.class).commit())
				.isEqualTo(portals.get(0).getBean(ContentSource.class).commit());
		});
	}

	private static int start(Map<String, Object> settings) throws IOException {
		Map<String, Object> own = new HashMap<>(settings);
		own.put("lectern.data.dir", Files.createTempDirectory("lectern-two-portals-data").toString());
		// As arguments, which win over application.properties (default properties would not).
		String[] arguments = own.entrySet().stream().map(setting -> "--" + setting.getKey() + "=" + setting.getValue())
			.toArray(String[]::new);
		ConfigurableApplicationContext portal = new SpringApplicationBuilder(LecternApplication.class).run(arguments);
		portals.add(portal);
		return Integer.parseInt(portal.getEnvironment().getProperty("local.server.port"));
	}
}
