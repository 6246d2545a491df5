package io.lectern.content.reload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.lectern.content.ContentFolder;
import io.lectern.content.CoursesReloaded;
import io.lectern.web.Browser;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The portal started on a content folder that the test then changes, as an author does with the
 * portal open: each change is served over HTTP without a restart. Each test changes a course of its
 * own, so they do not wait for one another's reloads.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:watching", "lectern.admin.username=" + ContentWatchingTest.ADMIN,
				"lectern.admin.password=" + Browser.PASSWORD })
class ContentWatchingTest {

	static final String ADMIN = "watching-admin";

	static final Duration PATIENCE = Duration.ofSeconds(10);

	static ContentFolder folder;

	@LocalServerPort
	int port;

	@Autowired
	Reloads reloads;

	@DynamicPropertySource
	static void content(DynamicPropertyRegistry registry) throws IOException {
		folder = new ContentFolder(Files.createTempDirectory("lectern-watching"));
		for (String course : List.of("edit", "add", "remove", "rename", "broken", "rapid", "quizzed")) {
			folder.lesson(course + "/01-first.md", "First of " + course, "The first lesson of " + course + ".");
		}
		folder.lesson("remove/02-gone.md", "Soon gone", "This lesson is deleted.")
			.lesson("rename/02-old-name.md", "Moving", "This lesson moves.")
			.lesson("broken/02-fragile.md", "Fragile", "The good version.")
			.file("titled/course.yml", "title: Titled before\nslug: titled\nsections:\n  - title: Part one\n    lessons: [01-first.md]\n")
			.lesson("titled/01-first.md", "First of titled", "Under a course file.")
			.file("quizzed/check.quiz.yml", quiz("Check before"));
		registry.add("lectern.content.dir", () -> folder.root().toString());
	}

	static String quiz(String title) {
		return "id: check\ntitle: " + title + "\nlessons: [01-first.md]\nquestions:\n  - id: one\n    type: single_choice\n"
				+ "    prompt: Which?\n    choices:\n      - {id: a, text: This one, correct: true}\n      - {id: b, text: That one}\n";
	}

	@Test
	void anEditedLessonIsServedInItsNewVersion() {
		Browser guest = new Browser(port);
		assertThat(guest.get("/courses/edit/01-first").body()).contains("The first lesson of edit.");

		folder.lesson("edit/01-first.md", "First of edit", "Rewritten while the portal runs.");

		await().atMost(PATIENCE).untilAsserted(() -> assertThat(guest.get("/courses/edit/01-first").body())
			.contains("Rewritten while the portal runs.")
			.doesNotContain("The first lesson of edit."));
	}

	@Test
	void anAddedLessonIsServedAndListedInItsCourse() {
		Browser guest = new Browser(port);

		folder.lesson("add/02-added.md", "Added later", "A lesson that was not there at start-up.");

		await().atMost(PATIENCE).untilAsserted(() -> assertThat(guest.get("/courses/add/02-added").body())
			.contains("A lesson that was not there at start-up."));
		assertThat(guest.get("/courses/add").body()).contains("Added later");
	}

	@Test
	void aDeletedLessonIsNoLongerServed() throws IOException {
		Browser guest = new Browser(port);
		assertThat(guest.get("/courses/remove/02-gone").statusCode()).isEqualTo(200);

		Files.delete(folder.root().resolve("remove/02-gone.md"));

		await().atMost(PATIENCE).untilAsserted(() -> assertThat(guest.get("/courses/remove/02-gone").statusCode()).isEqualTo(404));
		assertThat(guest.get("/courses/remove/01-first").statusCode()).isEqualTo(200);
	}

	@Test
	void aRenamedLessonIsServedAtItsNewAddress() throws IOException {
		Browser guest = new Browser(port);

		Files.move(folder.root().resolve("rename/02-old-name.md"), folder.root().resolve("rename/02-new-name.md"));

		await().atMost(PATIENCE).untilAsserted(() -> {
			assertThat(guest.get("/courses/rename/02-new-name").body()).contains("This lesson moves.");
			assertThat(guest.get("/courses/rename/02-old-name").statusCode()).isEqualTo(404);
		});
	}

	@Test
	void aChangedCourseFileRetitlesTheCourse() {
		Browser guest = new Browser(port);
		assertThat(guest.get("/courses/titled").body()).contains("Titled before");

		folder.file("titled/course.yml", "title: Titled after\nslug: titled\nsections:\n  - title: Part one\n    lessons: [01-first.md]\n");

		await().atMost(PATIENCE).untilAsserted(() -> assertThat(guest.get("/courses/titled/01-first").body())
			.contains("Titled after")
			.doesNotContain("Titled before"));
	}

	@Test
	void aChangedQuizShowsItsNewTitleBesideItsLesson() {
		Browser guest = new Browser(port);
		assertThat(guest.get("/courses/quizzed/01-first").body()).contains("Check before");

		folder.file("quizzed/check.quiz.yml", quiz("Check after"));

		await().atMost(PATIENCE).untilAsserted(() -> assertThat(guest.get("/courses/quizzed/01-first").body())
			.contains("Check after")
			.doesNotContain("Check before"));
	}

	@Test
	void aBrokenEditKeepsTheLastGoodPageAndListsTheProblem() {
		Browser admin = new Browser(port);
		admin.logIn(ADMIN, Browser.PASSWORD);

		folder.file("broken/02-fragile.md", "---\ntitle: [never closed\n---\nThe broken version.\n");

		await().atMost(PATIENCE).untilAsserted(() -> assertThat(admin.get("/authoring/problems").body())
			.contains("<code>broken/02-fragile.md:2</code>", "Last good version kept"));
		assertThat(new Browser(port).get("/courses/broken/02-fragile").body()).contains("The good version.");

		folder.lesson("broken/02-fragile.md", "Fragile", "The fixed version.");

		await().atMost(PATIENCE).untilAsserted(() -> {
			assertThat(new Browser(port).get("/courses/broken/02-fragile").body()).contains("The fixed version.");
			assertThat(admin.get("/authoring/problems").body()).doesNotContain("broken/02-fragile.md");
		});
	}

	@Test
	void fiftyRapidSavesReloadTheCourseOnce() throws InterruptedException {
		Browser guest = new Browser(port);
		int before = reloads.of("rapid");

		for (int save = 1; save <= 50; save++) {
			folder.lesson("rapid/01-first.md", "First of rapid", "Saved " + save + " times.");
		}

		await().atMost(PATIENCE).untilAsserted(() -> assertThat(guest.get("/courses/rapid/01-first").body())
			.contains("Saved 50 times."));
		Thread.sleep(500);
		assertThat(reloads.of("rapid") - before).isEqualTo(1);
	}

	/** Counts the reloads of each course, as announced. */
	@TestConfiguration
	static class Counting {

		@Bean
		Reloads reloads() {
			return new Reloads();
		}
	}

	static class Reloads {

		private final List<String> reloaded = new CopyOnWriteArrayList<>();

		@EventListener
		void on(CoursesReloaded event) {
			reloaded.addAll(event.courseSlugs());
		}

		int of(String courseSlug) {
			return (int) reloaded.stream().filter(courseSlug::equals).count();
		}
	}
}
