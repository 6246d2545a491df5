package io.lectern.content.internal.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.lectern.content.Catalog;
import io.lectern.content.SampleCatalog;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@WebMvcTest({ LessonController.class, CourseController.class, MediaController.class })
@Import({ LessonPages.class, WebSlice.class, LessonControllerTest.Content.class })
class LessonControllerTest {

	@TestConfiguration
	static class Content {
		@Bean
		Catalog catalog() {
			return SampleCatalog.create();
		}
	}

	@Autowired
	MockMvc mvc;

	@Test
	void aShortTitleNamesTheLessonInNavigationAndTheSubtitleAndBylineSitUnderItsTitle() throws Exception {
		mvc.perform(get("/courses/cloud-security/least-privilege"))
			.andExpect(content().string(containsString(">Root</a>")))
			.andExpect(content().string(containsString("<span lang=\"en\" dir=\"ltr\">Root</span>")))
			.andExpect(content().string(not(containsString(">The root user</a>"))));
		mvc.perform(get("/courses/cloud-security/root-user"))
			.andExpect(content().string(containsString("<h1 lang=\"en\" dir=\"ltr\">The root user</h1>")))
			.andExpect(content().string(containsString("<p class=\"subtitle\" lang=\"en\" dir=\"ltr\">The account above all accounts</p>")))
			.andExpect(content().string(containsString("<span>Ada Lovelace, Grace Hopper</span")))
			.andExpect(content().string(containsString("<span>2024-03-01</span></p>")));
	}

	@Test
	void lessonPageShowsTheLessonInsideTheCourse() throws Exception {
		mvc.perform(get("/courses/cloud-security/least-privilege"))
			.andExpect(status().isOk())
			.andExpect(content().contentType("text/html;charset=UTF-8"))
			.andExpect(content().string(containsString("<h1 lang=\"en\" dir=\"ltr\">Least privilege</h1>")))
			.andExpect(content().string(containsString("<p>Grant only what is needed.</p>")))
			.andExpect(content().string(containsString(
					"<a href=\"/courses/cloud-security/least-privilege\" aria-current=\"page\">Least privilege</a>")))
			.andExpect(content().string(containsString("<li>Identity</li>")))
			.andExpect(content().string(containsString("4 min read")))
			.andExpect(content().string(containsString("rel=\"prev\" href=\"/courses/cloud-security/shared-responsibility\"")))
			.andExpect(content().string(containsString("rel=\"next\" href=\"/courses/cloud-security/root-user\"")));
	}

	@Test
	void onThisPageListsTheHeadingsAndTheFirstLessonHasNoPrevious() throws Exception {
		mvc.perform(get("/courses/cloud-security/shared-responsibility"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<a href=\"#of-and-in\">Of and in</a>")))
			.andExpect(content().string(not(containsString("rel=\"prev\""))));
	}

	@Test
	void lessonPagesCarryAnETagAndAnswerAConditionalGetWith304() throws Exception {
		MvcResult first = mvc.perform(get("/courses/cloud-security/root-user"))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", "no-cache"))
			.andReturn();
		String etag = first.getResponse().getHeader("ETag");

		mvc.perform(get("/courses/cloud-security/root-user").header("If-None-Match", etag))
			.andExpect(status().isNotModified())
			.andExpect(content().string(""));
		mvc.perform(get("/courses/cloud-security/root-user").header("If-None-Match", "\"stale\""))
			.andExpect(status().isOk());
	}

	@Test
	void unknownLessonsAndCoursesAre404() throws Exception {
		mvc.perform(get("/courses/cloud-security/nope")).andExpect(status().isNotFound());
		mvc.perform(get("/courses/nope/least-privilege")).andExpect(status().isNotFound());
		mvc.perform(get("/courses/nope")).andExpect(status().isNotFound());
	}

	@Test
	void coursePageOutlinesSectionsAndLessonsWithSummaries() throws Exception {
		mvc.perform(get("/courses/cloud-security"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<h1 lang=\"en\" dir=\"ltr\">Cloud Security</h1>")))
			.andExpect(content().string(containsString("Foundations")))
			.andExpect(content().string(containsString("Lock it away.")))
			.andExpect(content().string(containsString("href=\"/courses/cloud-security/shared-responsibility\"")));
		mvc.perform(get("/courses")).andExpect(status().is3xxRedirection());
	}

	@Test
	void imagesAreServedWithTheirTypeAndOtherFilesAsDownloads() throws Exception {
		mvc.perform(get("/courses/cloud-security/media/img/stack.png"))
			.andExpect(status().isOk())
			.andExpect(content().contentType("image/png"))
			.andExpect(content().bytes(SampleCatalog.PNG))
			.andExpect(header().string("ETag", "\"png-etag\""))
			.andExpect(header().doesNotExist("Content-Disposition"));
		mvc.perform(get("/courses/cloud-security/media/data/keys.csv"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", "attachment"));
		mvc.perform(get("/courses/cloud-security/media/img/other.png")).andExpect(status().isNotFound());
	}
}
