package io.lectern.content.internal.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
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

/** Sub-sections show as nested lists of real links, each labelled by its title, on the course and lesson pages. */
@WebMvcTest({ LessonController.class, CourseController.class })
@Import({ LessonPages.class, WebSlice.class, NestedNavigationTest.Content.class })
class NestedNavigationTest {

	@TestConfiguration
	static class Content {
		@Bean
		Catalog catalog() {
			Section roles = new Section("Roles in depth", List.of(lesson("roles", "Assuming roles")));
			Section identity = new Section("Identity", List.of(lesson("iam", "Users and groups"), roles));
			Section labs = new Section("Hands-on labs", lesson("labs", "Hands-on labs"), List.of(lesson("lab1", "Lab 1")));
			Section foundations = new Section("Foundations", List.of(lesson("shared", "Shared responsibility"), identity, labs));
			return SampleCatalog.of(List.of(new Course(CourseSlug.of("sec"), "Security", "", List.of(foundations))), Map.of(), Map.of());
		}

		private static Lesson lesson(String slug, String title) {
			return new Lesson(CourseSlug.of("sec"), LessonSlug.of(slug), title, "", List.of(), slug + ".md", "<p>Text.</p>", List.of(), 1, List.of());
		}
	}

	@Autowired
	MockMvc mvc;

	@Test
	void theLessonNavigationNestsSubSectionsLabelledByTheirTitles() throws Exception {
		mvc.perform(get("/courses/sec/roles"))
			.andExpect(status().isOk())
			.andExpect(content().string(matchesPattern("(?s).*<span class=\"course-nav-group\" id=\"(course-nav-group-\\d+)\">Identity</span>"
					+ "\\s*<ol aria-labelledby=\"\\1\">\\s*<li>\\s*<a href=\"/courses/sec/iam\">Users and groups</a>.*")))
			.andExpect(content().string(matchesPattern("(?s).*id=\"(course-nav-group-\\d+)\">Roles in depth</span>"
					+ "\\s*<ol aria-labelledby=\"\\1\">\\s*<li>\\s*<a href=\"/courses/sec/roles\" aria-current=\"page\">Assuming roles</a>.*")))
			.andExpect(content().string(matchesPattern("(?s).*<a id=\"(course-nav-group-\\d+)\" href=\"/courses/sec/labs\">Hands-on labs</a>"
					+ "\\s*<ol aria-labelledby=\"\\1\">\\s*<li>\\s*<a href=\"/courses/sec/lab1\">Lab 1</a>.*")))
			.andExpect(content().string(containsString("<li>Foundations</li>")))
			.andExpect(content().string(containsString("<li>Identity</li>")))
			.andExpect(content().string(containsString("<li>Roles in depth</li>")))
			// No lesson of the course draws a diagram: the header does not link to their explorer.
			.andExpect(content().string(not(containsString("href=\"/diagrams/shared-responsibility\""))));
	}

	@Test
	void theCoursePageGivesEachSubSectionAHeadingOneLevelDownAndItsOwnList() throws Exception {
		mvc.perform(get("/courses/sec"))
			.andExpect(status().isOk())
			// Its lessons have no numbers of their own, so the outline counts them.
			.andExpect(content().string(containsString("<main id=\"main\" class=\"page page-narrow\" tabindex=\"-1\">")))
			.andExpect(content().string(not(containsString("href=\"/diagrams/shared-responsibility\""))))
			.andExpect(content().string(matchesPattern("(?s).*<h3 lang=\"en\" dir=\"ltr\" id=\"(subsection-\\d+)\">Identity</h3>"
					+ "\\s*<ol class=\"lesson-list\" aria-labelledby=\"\\1\">.*")))
			.andExpect(content().string(matchesPattern("(?s).*<h4 lang=\"en\" dir=\"ltr\" id=\"(subsection-\\d+)\">Roles in depth</h4>"
					+ "\\s*<ol class=\"lesson-list\" aria-labelledby=\"\\1\">\\s*<li>\\s*<a href=\"/courses/sec/roles\" lang=\"en\" dir=\"ltr\">Assuming roles</a>.*")));
	}
}
