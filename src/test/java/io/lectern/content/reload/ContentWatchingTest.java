package io.lectern.content.reload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.lectern.content.ContentFolder;
import io.lectern.content.CoursesReloaded;
import io.lectern.web.Browser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
		for (String course : List.of("edit", "add", "remove", "rename", "broken", "rapid", "quizzed", "returning", "followed")) {
			folder.lesson(course + "/01-first.md", "First of " + course, "The first lesson of " + course + ".");
		}
		folder.lesson("remove/02-gone.md", "Soon gone", "This lesson is deleted.")
			.lesson("rename/02-old-name.md", "Moving", "This lesson moves.")
			.file("swapped/course.yml", "title: Swapped\nslug: swapped\nlessons: [01-first.md]\n")
			.lesson("swapped/01-first.md", "First of swapped", "On the first branch.")
			.lesson("returning/02-back.md", "Back again", "This lesson goes and comes back.")
			.lesson("broken/02-fragile.md", "Fragile", "The good version.")
			.file("titled/course.yml", "title: Titled before\nslug: titled\nsections:\n  - title: Part one\n    lessons: [01-first.md]\n")
			.lesson("titled/01-first.md", "First of titled", "Under a course file.")
			.file("quizzed/check.quiz.yml", quiz("Check before"));
		writeMixed(0);
		folder.file("kept/01-first.md", "---\ntitle: First of kept\nid: first-steps\n---\nA lesson with an identity.\n")
			.lesson("kept/02-second.md", "Second of kept", "A lesson known by its slug.");
		registry.add("lectern.content.dir", () -> folder.root().toString());
	}

	static String quiz(String title) {
		return "id: check\ntitle: " + title + "\nlessons: [01-first.md]\nquestions:\n  - id: one\n    type: single_choice\n"
				+ "    prompt: Which?\n    choices:\n      - {id: a, text: This one, correct: true}\n      - {id: b, text: That one}\n";
	}

	@Test
	void anEditedLessonIsServedAndFoundInItsNewVersion() {
		Browser guest = new Browser(port);
		assertThat(guest.get("/courses/edit/01-first").body()).contains("The first lesson of edit.");

		folder.lesson("edit/01-first.md", "First of edit", "Rewritten while the portal runs, with zanzibarish words.");

		await().atMost(PATIENCE).untilAsserted(() -> assertThat(guest.get("/courses/edit/01-first").body())
			.contains("Rewritten while the portal runs")
			.doesNotContain("The first lesson of edit."));
		await().atMost(PATIENCE).untilAsserted(() -> assertThat(guest.get("/api/search?q=zanzibarish").body())
			.contains("/courses/edit/01-first"));
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
	void aCourseFolderReplacedWholeAsByACheckoutIsServedAsTheNewOne() throws IOException {
		Browser guest = new Browser(port);
		Path prepared = Files.createDirectories(folder.root().resolve(".checkout/swapped"));
		Files.writeString(prepared.resolve("course.yml"), "title: Swapped\nslug: swapped\nlessons: [01-first.md, part-two/02-new.md]\n");
		Files.writeString(prepared.resolve("01-first.md"), "---\ntitle: First of swapped\n---\nFrom the other branch.\n");
		Files.createDirectories(prepared.resolve("part-two"));
		Files.writeString(prepared.resolve("part-two/02-new.md"), "---\ntitle: New in a new folder\n---\nA new sub-folder.\n");

		Files.move(folder.root().resolve("swapped"), folder.root().resolve(".checkout/old"));
		Files.move(prepared, folder.root().resolve("swapped"));

		await().atMost(PATIENCE).untilAsserted(() -> {
			assertThat(guest.get("/courses/swapped/01-first").body()).contains("From the other branch.");
			assertThat(guest.get("/courses/swapped/02-new").body()).contains("A new sub-folder.");
		});
		folder.lesson("swapped/part-two/02-new.md", "New in a new folder", "Edited in the new sub-folder.");
		await().atMost(PATIENCE).untilAsserted(() -> assertThat(guest.get("/courses/swapped/02-new").body())
			.contains("Edited in the new sub-folder."));
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

	@Test
	void readersDuringAHundredReloadsSeeOneVersionOfTheCourseAndNoError() throws Exception {
		AtomicBoolean reading = new AtomicBoolean(true);
		List<String> seen = new CopyOnWriteArrayList<>();
		ExecutorService readers = Executors.newFixedThreadPool(8);
		List<Future<Integer>> reads = new ArrayList<>();
		for (int reader = 0; reader < 8; reader++) {
			reads.add(readers.submit(() -> {
				Browser guest = new Browser(port);
				int count = 0;
				while (reading.get()) {
					HttpResponse<String> page = guest.get("/courses/mixed/01-a");
					if (page.statusCode() != 200) {
						seen.add("status " + page.statusCode());
					}
					Matcher body = BODY.matcher(page.body());
					Matcher next = NEXT.matcher(page.body());
					if (!body.find() || !next.find() || !body.group(1).equals(next.group(1))) {
						seen.add("mixed page: " + page.body());
					}
					count++;
				}
				return count;
			}));
		}
		Browser watcher = new Browser(port);
		try {
			for (int version = 1; version <= 100; version++) {
				writeMixed(version);
				String expected = "Body of a, version " + version + ".";
				await().atMost(PATIENCE).pollInterval(Duration.ofMillis(20))
					.until(() -> watcher.get("/courses/mixed/01-a").body().contains(expected));
			}
		}
		finally {
			reading.set(false);
			readers.shutdown();
		}
		int total = 0;
		for (Future<Integer> read : reads) {
			total += read.get();
		}
		assertThat(seen).isEmpty();
		assertThat(total).isGreaterThan(100);
	}

	private static final Pattern BODY = Pattern.compile("Body of a, version (\\d+)\\.");

	private static final Pattern NEXT = Pattern.compile("B at version (\\d+)");

	/** Both lessons of the course at one version, each moved into place whole, as a checkout does. */
	static void writeMixed(int version) throws IOException {
		Path staging = Files.createDirectories(folder.root().resolve(".staging"));
		Path a = Files.writeString(staging.resolve("a"), "---\ntitle: A\n---\nBody of a, version " + version + ".\n");
		Path b = Files.writeString(staging.resolve("b"), "---\ntitle: B at version " + version + "\n---\nBody of b.\n");
		Path course = Files.createDirectories(folder.root().resolve("mixed"));
		Files.move(a, course.resolve("01-a.md"), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		Files.move(b, course.resolve("02-b.md"), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
	}

	@Test
	void aRenamedLessonKeepsItsLearnersCompletionAndTheCourseStaysComplete() throws IOException {
		Browser ana = Browser.newLearner(port);
		ana.get("/courses/kept/01-first");
		ana.submit("/progress/completions", "course", "kept", "lesson", "01-first");
		ana.submit("/progress/completions", "course", "kept", "lesson", "02-second");
		assertThat(ana.get("/me").body()).contains("2 of 2 lessons completed");

		Files.move(folder.root().resolve("kept/01-first.md"), folder.root().resolve("kept/01-beginning.md"));
		folder.file("kept/02-later.md", "---\ntitle: Second of kept\nredirect_from: [/courses/kept/02-second]\n---\nMoved.\n");
		Files.delete(folder.root().resolve("kept/02-second.md"));

		await().atMost(PATIENCE).untilAsserted(() -> {
			assertThat(ana.get("/courses/kept/01-beginning").body()).contains("You completed this lesson on");
			assertThat(ana.get("/courses/kept/02-later").body()).contains("You completed this lesson on");
		});
		assertThat(ana.get("/me").body()).contains("2 of 2 lessons completed");
	}

	@Test
	void aDeletedLessonsCompletionIsHiddenAndComesBackWithTheLesson() throws IOException {
		Browser ana = Browser.newLearner(port);
		ana.get("/courses/returning/01-first");
		ana.submit("/progress/completions", "course", "returning", "lesson", "01-first");
		ana.submit("/progress/completions", "course", "returning", "lesson", "02-back");
		assertThat(ana.get("/me").body()).contains("2 of 2 lessons completed");

		Files.delete(folder.root().resolve("returning/02-back.md"));

		await().atMost(PATIENCE).until(() -> ana.get("/courses/returning/02-back").statusCode() == 404);
		await().atMost(PATIENCE).untilAsserted(() -> assertThat(ana.get("/me").body()).contains("1 of 1 lesson completed"));

		folder.lesson("returning/02-back.md", "Back again", "This lesson goes and comes back.");

		await().atMost(PATIENCE).untilAsserted(() -> {
			assertThat(ana.get("/courses/returning/02-back").body()).contains("You completed this lesson on");
			assertThat(ana.get("/me").body()).contains("2 of 2 lessons completed");
		});
	}

	@Test
	void anAuthorsOpenLessonHearsItsCourseChangeAndALearnersDoesNot() throws Exception {
		Browser admin = new Browser(port);
		admin.logIn(ADMIN, Browser.PASSWORD);
		Browser learner = Browser.newLearner(port);
		assertThat(admin.get("/courses/followed/01-first").body())
			.contains("data-follow-course=\"followed\"", "<script src=\"/js/follow.js\" defer></script>");
		assertThat(learner.get("/courses/followed/01-first").body()).doesNotContain("data-follow-course");
		assertThat(learner.get("/authoring/events").statusCode()).isEqualTo(403);
		String etag = new Browser(port).get("/courses/followed/01-first").headers().firstValue("ETag").orElseThrow();

		HttpResponse<java.util.stream.Stream<String>> events = admin.openLines("/authoring/events");
		assertThat(events.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/event-stream"));
		List<String> heard = new CopyOnWriteArrayList<>();
		Thread listening = new Thread(() -> {
			try {
				events.body().forEach(heard::add);
			}
			catch (UncheckedIOException closed) {
				// The test closed the stream once it heard what it waited for.
			}
		});
		listening.setDaemon(true);
		listening.start();
		await().atMost(PATIENCE).until(() -> heard.contains(":open"));

		folder.lesson("followed/01-first.md", "First of followed", "Changed for the author's open page.");

		await().atMost(PATIENCE).until(() -> heard.contains("event:course") && heard.contains("data:followed"));
		events.body().close();
		assertThat(new Browser(port).get("/courses/followed/01-first").headers().firstValue("ETag")).isPresent()
			.hasValueSatisfying(changed -> assertThat(changed).isNotEqualTo(etag));
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
			event.courseSlugs().forEach(slug -> reloaded.add(slug.value()));
		}

		int of(String courseSlug) {
			return (int) reloaded.stream().filter(courseSlug::equals).count();
		}
	}
}
