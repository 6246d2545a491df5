package io.lectern.progress.internal.visits;

import static org.assertj.core.api.Assertions.assertThat;

import io.lectern.LecternApplication;
import io.lectern.web.Browser;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;

/**
 * A signed-in learner's lesson views are written behind: a view writes nothing, the views of one
 * lesson however many end as one visit row, and the visits noted when the portal stops are written
 * as it stops, in one batch that tells the standing. A portal of its own, with a file database
 * that outlives it and visits written only at the end.
 */
class VisitsWrittenBehindTest {

	static final String LESSON = "/courses/aws-data-security/shared-responsibility";

	@TempDir
	Path data;

	@Test
	void manyConcurrentViewsOfOneLessonByOneLearnerEndAsOneVisitRowWrittenAtShutdownInOneBatch() throws Exception {
		List<LessonsVisited> batches = new CopyOnWriteArrayList<>();
		String database = "jdbc:h2:file:" + data.resolve("lectern") + ";DB_CLOSE_ON_EXIT=FALSE";
		ConfigurableApplicationContext portal = new SpringApplicationBuilder(LecternApplication.class)
			.listeners(new Heard(batches))
			.run("--server.port=0", "--lectern.data.dir=" + data, "--spring.datasource.url=" + database,
					// Not written on the schedule within this test: only at shutdown.
					"--lectern.progress.visits-written-every=PT1H");
		try {
			int port = Integer.parseInt(portal.getEnvironment().getProperty("local.server.port"));
			Browser learner = Browser.newLearner(port);
			String cookie = "JSESSIONID=" + learner.sessionId().orElseThrow();
			HttpClient client = HttpClient.newHttpClient();
			List<CompletableFuture<HttpResponse<String>>> views = new ArrayList<>();
			for (int i = 0; i < 48; i++) {
				views.add(client.sendAsync(HttpRequest.newBuilder(URI.create("http://localhost:" + port + LESSON))
					.header("Cookie", cookie).build(), HttpResponse.BodyHandlers.ofString()));
			}
			for (CompletableFuture<HttpResponse<String>> view : views) {
				HttpResponse<String> page = view.get();
				assertThat(page.statusCode()).isEqualTo(200);
				// The learner's own page, not the guests'.
				assertThat(page.body()).contains("action=\"/progress/completions\"");
			}
			assertThat(portal.getBean(VisitRepository.class).count()).as("rows written by the views themselves").isZero();
			assertThat(batches).isEmpty();
		}
		finally {
			portal.close();
		}

		try (Connection db = DriverManager.getConnection(database, "sa", "")) {
			assertThat(rows(db, "select course_slug, lesson_source from lesson_visit"))
				.containsExactly("aws-data-security aws-data-security/shared-responsibility.md");
			assertThat(rows(db, "select course_slug, last_active is not null from course_standing"))
				.containsExactly("aws-data-security TRUE");
		}
		assertThat(batches).hasSize(1);
		assertThat(batches.get(0).visits()).extracting(LessonsVisited.Visit::courseSlug).containsExactly("aws-data-security");
	}

	/** Each row's two columns, joined by a space. */
	private static List<String> rows(Connection db, String query) throws SQLException {
		List<String> rows = new ArrayList<>();
		try (ResultSet result = db.createStatement().executeQuery(query)) {
			while (result.next()) {
				rows.add(result.getString(1) + " " + result.getString(2));
			}
		}
		return rows;
	}

	/** Keeps every batch of visits the portal hands on, as the standings hear it. */
	private record Heard(List<LessonsVisited> batches) implements ApplicationListener<ApplicationEvent> {

		@Override
		public void onApplicationEvent(ApplicationEvent event) {
			if (event instanceof PayloadApplicationEvent<?> payload && payload.getPayload() instanceof LessonsVisited visited) {
				batches.add(visited);
			}
		}
	}
}
