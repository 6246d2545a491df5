package io.lectern;

import static org.assertj.core.api.Assertions.assertThat;

import io.lectern.web.HttpPages;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An author points LECTERN_CONTENT_DIR at a folder holding one page exported from a Jupyter Book
 * site, in the seed lesson's format, and gets a working portal.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "lectern.content.dir=src/test/resources/fixtures/jupyter-book-export",
				"spring.datasource.url=jdbc:h2:mem:export", "lectern.content.remote-media=link" })
class JupyterBookExportTests {

	private static final String LESSON = "/courses/jupyter-book-export/lesson7-data-security";

	@LocalServerPort
	int port;

	@Test
	void theExportedPageShowsWithItsTitleHeadingsOutlineAndLinks() {
		HttpResponse<String> page = new HttpPages(port).get(LESSON);

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("<h1 lang=\"en\" dir=\"ltr\">Lesson 7 - AWS Big Data Data Security</h1>")
			.contains("<h2 id=\"shared-responsibility\">")
			.contains("<a href=\"#least-privilege\">Least privilege</a>")
			.contains("<a href=\"https://example.org/notebook\"><span class=\"remote-image\">Image: Open the notebook</span></a>")
			.contains("<a href=\"https://example.org/models.jpg\" class=\"remote-image\">Image: Service models</a>")
			.doesNotContain("<img src=\"https:")
			.doesNotContain("target=\"_parent\"");
	}

	@Test
	void theOldJupyterBookAddressRedirectsToIt() {
		HttpResponse<String> response = new HttpPages(port).get("/lessons/lesson7-aws-big-data-data-security");

		assertThat(response.statusCode()).isEqualTo(301);
		assertThat(response.headers().firstValue("Location")).contains(LESSON);
	}
}
