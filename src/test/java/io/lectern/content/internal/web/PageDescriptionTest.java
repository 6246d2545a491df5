package io.lectern.content.internal.web;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

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
 * Search engines show a page's meta description under its title (Lighthouse's SEO audit asks for
 * one): a lesson's summary, else its course's, else a line about the portal, always encoded.
 */
@WebMvcTest({ LessonController.class, CourseController.class })
@Import({ LessonPages.class, WebSlice.class, PageDescriptionTest.Content.class })
class PageDescriptionTest {

	@TestConfiguration
	static class Content {
		@Bean
		Catalog catalog() {
			Course keys = new Course(CourseSlug.of("keys"), "Keys", "Who holds the key <and> who \"loses\" it.",
					List.of(new Section("All", List.of(lesson("keys", "sse-c", "SSE-C & the lost key: <script>alert(1)</script>"),
							lesson("keys", "kms", "")))));
			Course bare = new Course(CourseSlug.of("bare"), "Bare", "", List.of(new Section("All", List.of(lesson("bare", "notes", "")))));
			return SampleCatalog.of(List.of(keys, bare), Map.of(), Map.of());
		}

		private static Lesson lesson(String course, String slug, String summary) {
			return new Lesson(CourseSlug.of(course), LessonSlug.of(slug), slug, summary, List.of(), slug + ".md", "<p>Text.</p>", List.of(), 1, List.of());
		}
	}

	@Autowired
	MockMvc mvc;

	@Test
	void aLessonIsDescribedByItsSummaryEncoded() throws Exception {
		mvc.perform(get("/courses/keys/sse-c"))
			.andExpect(content().string(containsString(
					"<meta name=\"description\" content=\"SSE-C &amp; the lost key: &lt;script&gt;alert(1)&lt;/script&gt;\">")));
	}

	@Test
	void aLessonWithoutASummaryIsDescribedByItsCourse() throws Exception {
		mvc.perform(get("/courses/keys/kms"))
			.andExpect(content().string(containsString(
					"<meta name=\"description\" content=\"Who holds the key &lt;and&gt; who &quot;loses&quot; it.\">")));
	}

	@Test
	void aCoursePageIsDescribedByTheCourseSummary() throws Exception {
		mvc.perform(get("/courses/keys"))
			.andExpect(content().string(containsString(
					"<meta name=\"description\" content=\"Who holds the key &lt;and&gt; who &quot;loses&quot; it.\">")));
	}

	@Test
	void withNoSummaryAnywhereThePageIsDescribedAsPartOfThePortal() throws Exception {
		mvc.perform(get("/courses/bare/notes"))
			.andExpect(content().string(containsString("<meta name=\"description\" content=\"Lectern, a self-hosted learning portal: "
					+ "courses to read, quizzes to take and progress to follow.\">")));
	}
}
