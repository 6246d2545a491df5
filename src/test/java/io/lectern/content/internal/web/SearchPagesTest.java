package io.lectern.content.internal.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.lectern.web.PortalTest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** Search as a reader meets it: the header form, the results page and the JSON, over real HTTP. */
class SearchPagesTest extends PortalTest {

	@Test
	void everyPageHasASearchBoxInItsHeader() {
		assertThat(pages.get("/").body()).contains("<form class=\"site-search\" role=\"search\" action=\"/search\" method=\"get\">",
				"<label for=\"site-search\" class=\"visually-hidden\">Search the lessons</label>");
		assertThat(pages.get("/courses/aws-data-security/least-privilege").body()).contains("class=\"site-search\"");
	}

	@Test
	void theResultsPageShowsHighlightedSnippetsLinkingToHeadings() {
		HttpResponse<String> page = pages.get("/search?q=encrypting");

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("<h2 id=\"search-course-1\">AWS Big Data: Data Security</h2>",
				"href=\"/courses/aws-data-security/shared-responsibility#", "<mark>encryption</mark>",
				"<input id=\"search-query\" type=\"search\" name=\"q\" value=\"encrypting\"");
	}

	@Test
	void whatTheReaderTypedComesBackEscaped() {
		String body = pages.get("/search?q=%3Cscript%3Ealert(1)%3C/script%3E").body();

		assertThat(body).contains("value=\"&lt;script&gt;alert(1)&lt;/script&gt;\"").doesNotContain("<script>alert(1)");
	}

	@Test
	void anEmptySearchAsksForWords() {
		HttpResponse<String> page = pages.get("/search");

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Type a word or a phrase to search the lessons for.");
	}

	@Test
	void anOverlongSearchIsA400WithAPlainMessage() {
		HttpResponse<String> page = pages.get("/search?q=" + "a".repeat(201));
		HttpResponse<String> json = pages.get("/api/search?q=" + "a".repeat(201));

		assertThat(page.statusCode()).isEqualTo(400);
		assertThat(page.body()).contains("Search for at most 200 characters.");
		assertThat(json.statusCode()).isEqualTo(400);
		assertThat(json.body()).contains("\"detail\":\"Search for at most 200 characters.\"");
	}

	@Test
	void theSameResultsComeAsJson() {
		HttpResponse<String> json = pages.get("/api/search?q=%22least+privilege%22");

		assertThat(json.statusCode()).isEqualTo(200);
		assertThat(json.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
		assertThat(json.body()).startsWith("{\"query\":\"\\\"least privilege\\\"\",\"notice\":null,\"courses\":[{\"slug\":\"aws-data-security\"")
			.contains("\"lesson\":\"IAM and the principle of least privilege\"", "<mark>");
	}
}
