package io.lectern.content.internal.web;

import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.lectern.authoring.CourseSlug;
import io.lectern.authoring.LessonSlug;
import io.lectern.content.Catalog;
import io.lectern.content.Course;
import io.lectern.content.Lesson;
import io.lectern.content.SampleCatalog;
import io.lectern.content.Section;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

/**
 * In a book whose pages are numbered, a page with pages under it shows its number in the lesson's
 * navigation as every other page does (a TU Delft book's "1.2" was missing there, though its
 * course page and its own heading showed it).
 */
@WebMvcTest({ LessonController.class, CourseController.class })
@Import({ LessonPages.class, WebSlice.class, NumberedNavigationTest.Content.class })
class NumberedNavigationTest {

	@TestConfiguration
	static class Content {
		@Bean
		Catalog catalog() {
			Section squares = new Section("Least squares", lesson("squares", "Least squares", "1.2"),
					List.of(lesson("notebook", "Least squares in Python", "1.2.1")));
			Section theory = new Section("Observation theory", List.of(lesson("intro", "Introduction", "1.1"), squares));
			return SampleCatalog.of(List.of(new Course(CourseSlug.of("mude"), "MUDE", "", List.of(theory))), Map.of(), Map.of());
		}

		private static Lesson lesson(String slug, String title, String number) {
			Lesson plain = new Lesson(CourseSlug.of("mude"), LessonSlug.of(slug), title, "", List.of(), slug + ".md",
					"<p>Text.</p>", List.of(), 1, List.of());
			return new Lesson(plain.courseSlug(), plain.slug(), plain.title(), plain.summary(), plain.topics(), plain.source(),
					plain.body(), plain.headings(), plain.readingMinutes(), plain.redirectFrom(), plain.previousPage(),
					plain.nextPage(), plain.passages(), plain.details().numbered(number));
		}
	}

	@Autowired
	MockMvc mvc;

	@Test
	void aPageWithPagesUnderItShowsItsNumberInTheNavigation() throws Exception {
		mvc.perform(get("/courses/mude/notebook"))
			.andExpect(status().isOk())
			.andExpect(content().string(matchesPattern("(?s).*<a id=\"(course-nav-group-\\d+)\" href=\"/courses/mude/squares\">"
					+ "<span class=\"heading-number\">1.2</span>\\s*Least squares</a>"
					+ "\\s*<ol aria-labelledby=\"\\1\">\\s*<li>\\s*<a href=\"/courses/mude/notebook\" aria-current=\"page\">"
					+ "<span class=\"heading-number\">1.2.1</span>\\s*Least squares in Python</a>.*")));
	}
}
