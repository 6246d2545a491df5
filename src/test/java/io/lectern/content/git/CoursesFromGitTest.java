package io.lectern.content.git;

import static org.assertj.core.api.Assertions.assertThat;

import io.lectern.web.Browser;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The portal serving its courses from a git repository the test made, by its {@code file://}
 * address: cloned at start-up, and fetched when an admin or a CI webhook asks. The poll and the
 * database check are an hour apart, so that every change here comes from the test's own reloads.
 * Each test changes a course of its own; the one that deletes every course puts them back.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:from-git", "lectern.admin.username=" + CoursesFromGitTest.ADMIN,
				"lectern.admin.password=" + Browser.PASSWORD, "lectern.content.git.poll=1h", "lectern.content.git.check=1h",
				"lectern.content.git.path=courses", "lectern.content.reload-secret=" + CoursesFromGitTest.SECRET })
class CoursesFromGitTest {

	static final String ADMIN = "git-admin";

	static final String SECRET = "a-webhook-secret-long-enough-0123456789";

	static final String[] COURSES = { "cloned", "edited", "failing", "linked", "emptied" };

	static CourseRepository repository;

	static String firstCommit;

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void content(DynamicPropertyRegistry registry) throws IOException {
		repository = CourseRepository.create(Files.createTempDirectory("lectern-git-source"));
		for (String course : COURSES) {
			repository.lesson("courses/" + course + "/01-first.md", "First of " + course, "The first lesson of " + course + ".");
		}
		repository.file("README.md", "Not a course: outside the courses folder.\n");
		firstCommit = repository.commit("The first courses");
		registry.add("lectern.content.git.url", repository::url);
		registry.add("lectern.data.dir", () -> tempFolder("lectern-git-data"));
	}

	@AfterAll
	static void closeRepository() {
		repository.close();
	}

	@Test
	void theCommitClonedAtStartUpIsServedAndShownToAdmins() {
		Browser admin = new Browser(port);
		admin.logIn(ADMIN, Browser.PASSWORD);

		assertThat(new Browser(port).get("/courses/cloned/01-first").body()).contains("The first lesson of cloned.");
		assertThat(admin.get("/actuator/info").body()).contains("\"commit\":\"");
		String header = admin.get("/").body();
		assertThat(header).containsPattern("Content [0-9a-f]{7}<");
		assertThat(admin.get("/admin/content").body()).contains("the git repository " + repository.url());
	}

	@Test
	void aCommitIsServedAfterAnAdminAsksForAReload() {
		repository.lesson("courses/edited/01-first.md", "First of edited", "Edited in a new commit.");
		String commit = repository.commit("Edit the first lesson");
		Browser admin = new Browser(port);
		admin.logIn(ADMIN, Browser.PASSWORD);
		admin.get("/admin/content");

		HttpResponse<String> reloaded = admin.submit("/admin/content/reload");

		assertThat(Browser.location(reloaded)).isEqualTo("/admin/content");
		assertThat(admin.follow(reloaded).body()).contains("is served.", commit.substring(0, 7));
		assertThat(new Browser(port).get("/courses/edited/01-first").body()).contains("Edited in a new commit.");
		assertThat(admin.get("/actuator/info").body()).contains("\"commit\":\"" + commit + "\"");
	}

	@Test
	void aWebhookReloadsOnlyTheCoursesTheCommitChanged() {
		repository.lesson("courses/edited/02-second.md", "Second of edited", "Added in a commit.");
		String commit = repository.commit("Add a lesson");

		HttpResponse<String> answer = webhook(SECRET);

		assertThat(answer.statusCode()).isEqualTo(200);
		assertThat(answer.body()).contains("\"outcome\":\"reloaded\"", "\"commit\":\"" + commit + "\"", "\"courses\":[\"edited\"]");
		assertThat(new Browser(port).get("/courses/edited/02-second").body()).contains("Added in a commit.");
		assertThat(webhook(SECRET).body()).as("asked again").contains("\"outcome\":\"unchanged\"");
	}

	@Test
	void aWebhookWithoutTheRightSecretIsRefusedAndChangesNothing() {
		repository.lesson("courses/edited/03-third.md", "Third of edited", "Not fetched by a stranger.");
		repository.commit("A lesson nobody asked for yet");

		assertThat(webhook("a-guess-at-the-secret-0000000000").statusCode()).isEqualTo(403);
		assertThat(webhook("").statusCode()).isEqualTo(403);
		HttpResponse<String> anonymous = new Browser(port).postForm("/admin/content/reload");
		assertThat(anonymous.statusCode()).as("no secret, no login").isIn(302, 403);
		Browser admin = new Browser(port);
		admin.logIn(ADMIN, Browser.PASSWORD);
		assertThat(admin.postForm("/admin/content/reload").statusCode()).as("an admin without a CSRF token").isEqualTo(403);
		assertThat(new Browser(port).get("/courses/edited/03-third").statusCode()).isEqualTo(404);
	}

	@Test
	void aFailedFetchKeepsTheCommitServedAndIsListedUntilAFetchSucceeds() throws IOException {
		repository.lesson("courses/failing/01-first.md", "First of failing", "Not reachable yet.");
		repository.commit("Edit while the repository is away");
		Path away = repository.root().resolveSibling(repository.root().getFileName() + "-away");
		Files.move(repository.root(), away);
		HttpResponse<String> answer;
		try {
			answer = webhook(SECRET);
		}
		finally {
			Files.move(away, repository.root());
		}

		assertThat(answer.statusCode()).isEqualTo(502);
		assertThat(answer.body()).contains("\"outcome\":\"failed\"", "Fetching the repository failed");
		assertThat(new Browser(port).get("/courses/failing/01-first").body()).contains("The first lesson of failing.");
		Browser admin = new Browser(port);
		admin.logIn(ADMIN, Browser.PASSWORD);
		assertThat(admin.get("/authoring/problems").body()).contains("Fetching the repository failed");

		assertThat(webhook(SECRET).statusCode()).isEqualTo(200);
		assertThat(new Browser(port).get("/courses/failing/01-first").body()).contains("Not reachable yet.");
		assertThat(admin.get("/authoring/problems").body()).doesNotContain("Fetching the repository failed");
	}

	@Test
	void aCommitThatDeletesEveryCourseIsRefusedAndTheCoursesStayServed() {
		webhook(SECRET);
		for (String course : COURSES) {
			repository.delete("courses/" + course);
		}
		String emptied = repository.commit("Delete every course");

		HttpResponse<String> answer = webhook(SECRET);

		assertThat(answer.statusCode()).isEqualTo(409);
		assertThat(answer.body()).contains("\"outcome\":\"refused\"", emptied.substring(0, 7) + " leaves no lesson");
		assertThat(new Browser(port).get("/courses/emptied/01-first").body()).contains("The first lesson of emptied.");
		Browser admin = new Browser(port);
		admin.logIn(ADMIN, Browser.PASSWORD);
		assertThat(admin.get("/authoring/problems").body()).contains(emptied.substring(0, 7) + " leaves no lesson");
		assertThat(admin.get("/actuator/info").body()).doesNotContain(emptied);

		for (String course : COURSES) {
			repository.lesson("courses/" + course + "/01-first.md", "First of " + course, "The first lesson of " + course + ".");
		}
		repository.lesson("courses/emptied/01-first.md", "First of emptied", "Back after the empty commit.");
		repository.commit("Put the courses back");
		assertThat(webhook(SECRET).statusCode()).isEqualTo(200);
		assertThat(new Browser(port).get("/courses/emptied/01-first").body()).contains("Back after the empty commit.");
	}

	@Test
	void aLinkOutOfTheRepositoryServesNothingOfTheFileItPointsAt() throws IOException {
		Path secret = Files.writeString(Files.createTempFile("lectern-secret", ".md"), "---\ntitle: Secret\n---\nsecret-of-the-machine\n");
		repository.link("courses/linked/02-secret.md", secret);
		repository.lesson("courses/linked/03-after.md", "After", "Committed with the link.");
		repository.commit("A link to a file of the machine");

		assertThat(webhook(SECRET).statusCode()).isEqualTo(200);

		assertThat(new Browser(port).get("/courses/linked/03-after").body()).contains("Committed with the link.");
		assertThat(new Browser(port).get("/courses/linked").body()).doesNotContain("secret-of-the-machine");
		assertThat(new Browser(port).get("/courses/linked/02-secret").body()).doesNotContain("secret-of-the-machine");
	}

	private HttpResponse<String> webhook(String secret) {
		try {
			HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/admin/content/reload"))
				.header("X-Lectern-Reload-Secret", secret)
				.POST(HttpRequest.BodyPublishers.noBody())
				.build();
			return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException | InterruptedException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String tempFolder(String prefix) {
		try {
			return Files.createTempDirectory(prefix).toString();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
