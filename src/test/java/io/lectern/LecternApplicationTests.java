package io.lectern;

import static org.assertj.core.api.Assertions.assertThat;

import io.lectern.authoring.QuizId;
import io.lectern.content.Catalog;
import io.lectern.content.Lesson;
import io.lectern.quiz.Quiz;
import io.lectern.quiz.QuizQuestion;
import io.lectern.quiz.Quizzes;
import io.lectern.web.HttpPages;
import jakarta.persistence.EntityManagerFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.data.repository.Repository;

/** The whole portal on a real port with the bundled course, as a reader meets it. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "spring.datasource.url=jdbc:h2:mem:full")
class LecternApplicationTests {

	@LocalServerPort
	int port;

	@Autowired
	Catalog catalog;

	@Autowired
	Quizzes quizzes;

	@Autowired
	EntityManagerFactory entities;

	@Autowired
	DataSource dataSource;

	HttpPages pages;

	Lesson firstLesson;

	@BeforeEach
	void setUp() {
		pages = new HttpPages(port);
		firstLesson = catalog.courses().get(0).lessons().get(0);
	}

	@Test
	void aReaderGoesFromTheCatalogToACourseToALessonAndOn() {
		String home = pages.get("/").body();
		String courseUrl = catalog.courses().get(0).url();
		assertThat(home).contains("href=\"" + courseUrl + "\"");

		HttpResponse<String> course = pages.get(courseUrl);
		assertThat(course.statusCode()).isEqualTo(200);
		assertThat(course.body()).contains("href=\"" + firstLesson.url() + "\"");

		HttpResponse<String> lesson = pages.get(firstLesson.url());
		assertThat(lesson.statusCode()).isEqualTo(200);
		assertThat(lesson.body()).contains("<h1 lang=\"en\" dir=\"ltr\">" + firstLesson.title() + "</h1>").contains("rel=\"next\"");
	}

	/** Hibernate no longer checks the schema at start-up (Flyway owns it), so this checks it on H2. */
	@Test
	void everyEntityMatchesTheSchemaTheMigrationsMade() throws Exception {
		entities.getSchemaManager().validate();
	}

	/**
	 * Repositories are made at their first use in the running portal (lazy bootstrap mode), so a
	 * query Hibernate cannot read would not stop its start. Making each one here reads all their
	 * queries against the entities, as start-up used to.
	 */
	@Test
	void everyRepositoryIsMadeWithItsQueriesRead(@Autowired ApplicationContext context) {
		String[] repositories = context.getBeanNamesForType(Repository.class);

		assertThat(repositories).isNotEmpty();
		for (String name : repositories) {
			assertThat(context.getBean(name)).as(name).isInstanceOf(Repository.class);
		}
	}

	/** Hibernate no longer asks the database its version at start-up: the one it is told is H2's own. */
	@Test
	void hibernateIsToldTheVersionOfTheH2ItRunsOn(
			@Value("${spring.jpa.properties.jakarta.persistence.database-product-version}") String told) throws Exception {
		try (var connection = dataSource.getConnection()) {
			assertThat(connection.getMetaData().getDatabaseProductVersion()).startsWith(told + " ");
		}
	}

	@Test
	void theBundledCourseHasAQuizWithEveryQuestionTypeLinkedToItsLessons() {
		Quiz quiz = quizzes.quiz(QuizId.of("shared-responsibility-check")).orElseThrow();
		Lesson lesson = catalog.lessonFrom(quiz.lessons().get(0)).orElseThrow();

		assertThat(quizzes.of(lesson)).containsExactly(quiz);
		assertThat(quiz.questions()).extracting(QuizQuestion::type)
			.containsOnly("single_choice", "multiple_response", "true_false", "short_answer", "numeric",
					"matching", "ordering");
		assertThat(quiz.questions()).allSatisfy(question -> assertThat(question.question().info().lessonLink())
			.startsWith(lesson.url() + "#"));
	}

	@Test
	void everyPageCarriesTheSecurityHeaders() {
		for (String path : new String[] { "/", catalog.courses().get(0).url(), firstLesson.url(), "/missing" }) {
			HttpResponse<String> page = pages.get(path, "Accept", "text/html");
			assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
				.contains("script-src 'self'")
				.contains("frame-ancestors 'none'")
				.doesNotContain("unsafe-inline"));
			assertThat(page.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
			assertThat(page.headers().firstValue("Referrer-Policy")).contains("strict-origin-when-cross-origin");
			assertThat(page.body()).doesNotContain("style=\"").doesNotContainPattern("<script>|<script [^>]*>[^<]");
		}
	}

	@Test
	void anUnknownAddressGetsThe404PageInTheLayoutWithoutInternals() {
		HttpResponse<String> page = pages.get("/courses/no-such-course/no-such-lesson", "Accept", "text/html");

		assertThat(page.statusCode()).isEqualTo(404);
		assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
		assertThat(page.body()).contains("Page not found").contains("class=\"site-header\"").contains("Skip to main content")
			.doesNotContain("Exception").doesNotContain("io.lectern").doesNotContain("at org.");
	}

	@Test
	void lessonPagesAreGzippedForClientsThatAskAndRevalidateWith304() throws IOException {
		HttpResponse<byte[]> zipped = pages.getBytes(firstLesson.url(), "Accept-Encoding", "gzip");
		assertThat(zipped.headers().firstValue("Content-Encoding")).contains("gzip");
		String unzipped = new String(new GZIPInputStream(new ByteArrayInputStream(zipped.body())).readAllBytes(),
				StandardCharsets.UTF_8);
		assertThat(unzipped).contains("<h1 lang=\"en\" dir=\"ltr\">" + firstLesson.title() + "</h1>");

		String etag = pages.get(firstLesson.url()).headers().firstValue("ETag").orElseThrow();
		assertThat(pages.get(firstLesson.url(), "If-None-Match", etag).statusCode()).isEqualTo(304);
	}

	@Test
	void oldAddressesRedirectPermanently() {
		Lesson moved = catalog.courses()
			.stream()
			.flatMap(course -> course.lessons().stream())
			.filter(lesson -> !lesson.redirectFrom().isEmpty())
			.findFirst()
			.orElseThrow(() -> new AssertionError("the bundled course should show off redirect_from"));

		HttpResponse<String> response = pages.get(moved.redirectFrom().get(0));

		assertThat(response.statusCode()).isEqualTo(301);
		assertThat(response.headers().firstValue("Location")).contains(moved.url());
	}

	@Test
	void programsAskingForJsonGetAnErrorWithoutInternals() {
		HttpResponse<String> error = pages.get("/courses/nope/nothing", "Accept", "application/json");

		assertThat(error.statusCode()).isEqualTo(404);
		assertThat(error.body()).contains("\"status\":404").doesNotContain("trace").doesNotContain("exception");
	}

	@Test
	void postsWithoutACsrfTokenAreRefused() {
		assertThat(pages.post(firstLesson.url()).statusCode()).isEqualTo(403);
	}

	@Test
	void onlyTheHealthEndpointIsPublicAndTheH2ConsoleIsOff() {
		assertThat(pages.get("/actuator/health").statusCode()).isEqualTo(200);
		assertThat(pages.get("/actuator/env").statusCode()).isIn(401, 403, 404);
		assertThat(pages.get("/actuator/beans").statusCode()).isIn(401, 403, 404);
		assertThat(pages.get("/h2-console").statusCode()).isEqualTo(404);
	}

	@Test
	void stylesScriptsAndTheFaviconAreServedByThePortalItself() {
		for (String asset : new String[] { "/css/lectern.css", "/css/print.css", "/js/lectern.js",
				"/js/vendor/highlight.min.js", "/favicon.svg" }) {
			assertThat(pages.get(asset).statusCode()).as(asset).isEqualTo(200);
		}
		assertThat(pages.get("/").body()).doesNotContainPattern("(src|href)=\"(https?:)?//");
	}
}
