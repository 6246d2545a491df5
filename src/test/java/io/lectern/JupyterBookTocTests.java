package io.lectern;

import static org.assertj.core.api.Assertions.assertThat;

import io.lectern.web.HttpPages;
import java.net.http.HttpResponse;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An author points LECTERN_CONTENT_DIR at a legacy Jupyter Book repository and gets the whole
 * book as a course, with the book's old addresses still working.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "lectern.content.dir=src/test/resources/fixtures/legacy-book",
				"spring.datasource.url=jdbc:h2:mem:legacy-book" })
class JupyterBookTocTests {

	private static final String COURSE = "/courses/legacy-book";

	@LocalServerPort
	int port;

	@ParameterizedTest
	@ValueSource(strings = { "/lessons/Lesson7_Data_Security", "/lessons/Lesson7_Data_Security.html",
			"/lessons/lesson7-data-security", "/LESSONS/lesson7_data_security.HTML" })
	void everyOldAddressOfAPageAnswers301ToItsLesson(String oldAddress) {
		HttpResponse<String> response = new HttpPages(port).get(oldAddress);

		assertThat(response.statusCode()).isEqualTo(301);
		assertThat(response.headers().firstValue("Location")).contains(COURSE + "/lesson7-data-security");
	}

	@Test
	void theCourseNavigationListsTheOutsideLinkAsExternalAndTheSectionsInTocOrder() {
		String page = new HttpPages(port).get(COURSE + "/lesson6-visualization").body().replaceAll("\\s+", " ");

		assertThat(page).contains("<p class=\"course-nav-section\">Lessons</p>")
			.containsSubsequence("Welcome", "How to read this book", "Lesson 6 exercises", "Lesson 7 - Data Security",
					"Discussion forum", "<hr class=\"course-nav-divider\">", "Glossary")
			.contains("<a class=\"external\" rel=\"external noopener\" href=\"https://example.org/forum\" ><span>Discussion"
					+ " forum</span> <span class=\"external-mark\">(external site)</span></a>");
	}

	@Test
	void thePagerFollowsPrevPageAndFallsBackToTocOrderWithoutADeadLink() {
		String page = new HttpPages(port).get(COURSE + "/lesson6-visualization").body();

		assertThat(page).contains("rel=\"prev\" href=\"" + COURSE + "/intro\"")
			.contains("rel=\"next\" href=\"" + COURSE + "/lesson6-exercises\"")
			.doesNotContain("Lesson8");
	}

	@Test
	void theCoursePageMarksTheOutsideLink() {
		String page = new HttpPages(port).get(COURSE).body();

		assertThat(page).contains("<h1 lang=\"en\" dir=\"ltr\">Big Data on AWS</h1>")
			.contains("<a rel=\"external noopener\" href=\"https://example.org/forum\">Discussion forum</a>")
			.contains("<span class=\"meta\">external site</span>");
	}
}
