package io.lectern.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.lectern.content.ContentFolder;
import io.lectern.web.Browser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The portal started, leniently as by default, on a folder with one lesson that has an error and
 * one that has a warning: it serves what it can and lists both for the people who publish courses.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:problems", "lectern.admin.username=" + ProblemsPageTest.ADMIN,
				"lectern.admin.password=" + Browser.PASSWORD })
public class ProblemsPageTest {

	static final String ADMIN = "problems-admin";

	@LocalServerPort
	int port;

	/** Two lessons and one that cannot be built, in a folder of its own for this class's portal. */
	public static Path folderWithAnErrorAndAWarning() {
		try {
			Path dir = Files.createTempDirectory("lectern-problems");
			new ContentFolder(dir).lesson("notes/01-welcome.md", "Welcome", "Start with [keys](02-keys.md).")
				.lesson("notes/02-keys.md", "Keys", "See [the old page](gone.md).")
				.file("notes/03-broken.md", "---\ntitle: [never closed\n---\nBody\n");
			return dir;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@DynamicPropertySource
	static void content(DynamicPropertyRegistry registry) {
		Path dir = folderWithAnErrorAndAWarning();
		registry.add("lectern.content.dir", dir::toString);
	}

	@Test
	void theAdminSeesEveryProblemWithItsFileLineLevelAndLesson() {
		Browser admin = new Browser(port);
		admin.logIn(ADMIN, Browser.PASSWORD);

		HttpResponse<String> page = admin.get("/authoring/problems");

		assertThat(page.statusCode()).isEqualTo(200);
		// One sentence, so that each language can order its counts its own way.
		assertThat(page.body()).contains("1 error and 1 warning.")
			.contains("<code>notes/03-broken.md:2</code>", "Invalid YAML", "Left out")
			.contains("<code>notes/02-keys.md:4</code>", "Link to a lesson that does not exist: gone.md", "Shown")
			.contains("<a href=\"/courses/notes/02-keys\">Keys</a>")
			.contains(">2 content problems</a>");
	}

	@Test
	void theLessonsWithoutErrorsAreServedAndTheBrokenOneIsNot() {
		Browser guest = new Browser(port);

		assertThat(guest.get("/courses/notes/02-keys").statusCode()).isEqualTo(200);
		assertThat(guest.get("/courses/notes/02-keys").body()).contains("See the old page.");
		assertThat(guest.get("/courses/notes/03-broken").statusCode()).isEqualTo(404);
	}

	@Test
	void learnersNeitherSeeThePageNorTheCount() {
		Browser learner = Browser.newLearner(port);

		assertThat(learner.get("/authoring/problems").statusCode()).isEqualTo(403);
		assertThat(learner.get("/courses/notes/01-welcome").body()).doesNotContain("content problem");
	}
}
