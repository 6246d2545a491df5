package io.lectern.content.internal.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.lectern.content.Catalog;
import io.lectern.content.ContentFolder;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A Jupyter Book 1 course whose {@code _toc.yml} titles its pages: the course page, the lesson
 * navigation and the pager name each page as the table of contents does, and the page keeps its own
 * heading; a page's {@code {tableofcontents}} lists the pages under it.
 */
@WebMvcTest({ LessonController.class, CourseController.class })
@Import({ LessonPages.class, WebSlice.class, JupyterBookNavigationTest.Content.class })
class JupyterBookNavigationTest {

	private static final String COURSE = "/courses/toc-book";

	@TestConfiguration
	static class Content {
		@Bean
		Catalog catalog() {
			return new ContentFolder(Path.of("src/test/resources/fixtures/toc-book")).catalog();
		}
	}

	@Autowired
	MockMvc mvc;

	@Test
	void theCoursePageListsAPageByItsTocTitle() throws Exception {
		mvc.perform(get(COURSE))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<a href=\"" + COURSE + "/a\" lang=\"en\" dir=\"ltr\">Short name</a>")))
			.andExpect(content().string(not(containsString("A much longer heading"))));
	}

	@Test
	void theLessonNavigationAndThePagerUseTheTocTitleAndTheHeadingStaysThePagesTitle() throws Exception {
		mvc.perform(get(COURSE + "/a"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<h1 lang=\"en\" dir=\"ltr\">A much longer heading</h1>")))
			.andExpect(content().string(containsString("aria-current=\"page\">Short name</a>")));
		mvc.perform(get(COURSE + "/deep"))
			.andExpect(content().string(containsString("<span lang=\"en\" dir=\"ltr\">Permutations</span>")))
			.andExpect(content().string(containsString(">Permutations</a>")))
			.andExpect(content().string(not(containsString("Arrangements of distinct objects"))));
	}

	@Test
	void aChaptersTableOfContentsDirectiveListsItsSectionsInThePage() throws Exception {
		mvc.perform(get(COURSE + "/chap"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<div class=\"toctree-wrapper\">\n<ul>\n"
					+ "<li><a href=\"" + COURSE + "/sec1\" class=\"reference\">Sums</a></li>\n"
					+ "<li><a href=\"" + COURSE + "/sec2\" class=\"reference\">Permutations</a>")));
	}
}
