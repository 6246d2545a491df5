package io.lectern.content.internal.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.lectern.content.Catalog;
import io.lectern.content.ContentFolder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(MediaController.class)
@Import({ WebSlice.class, NotebookMediaTest.Content.class })
class NotebookMediaTest {

	/** Static, so that it exists before the application context that reads it is started. */
	@TempDir
	static Path dir;

	@TestConfiguration
	static class Content {
		@Bean
		Catalog catalog() throws IOException {
			Path fixtures = Path.of("src/test/resources/fixtures/notebooks");
			return new ContentFolder(dir).file("logs/access-logs.ipynb", Files.readString(fixtures.resolve("access-logs.ipynb")))
				.file("logs/first-steps.ipynb", Files.readString(fixtures.resolve("first-steps.ipynb")))
				.catalog();
		}
	}

	@Autowired
	MockMvc mvc;

	@Test
	void outputImagesOfANotebookAreServedAsImagesFromBelowIt() throws Exception {
		mvc.perform(get("/courses/logs/media/access-logs.ipynb/cell-5-output-1.png"))
			.andExpect(status().isOk())
			.andExpect(content().contentType("image/png"))
			.andExpect(header().exists("ETag"))
			.andExpect(header().doesNotExist("Content-Disposition"));
		mvc.perform(get("/courses/logs/media/access-logs.ipynb/cell-9-output-1.jpg"))
			.andExpect(status().isOk())
			.andExpect(content().contentType("image/jpeg"));
		mvc.perform(get("/courses/logs/media/access-logs.ipynb/cell-2-output-1.png")).andExpect(status().isNotFound());
	}
}
