package io.lectern.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * A refusal that names a reason of the bundles says it on the error page and in the JSON error, in
 * the reader's language; a page that is simply not there keeps the general words.
 */
class ErrorReasonsTest extends PortalTest {

	@Test
	void aMissingLessonSaysWhyInTheReadersLanguage() {
		HttpResponse<String> english = pages.get("/courses/aws-data-security/no-such-lesson", "Accept", "text/html");
		HttpResponse<String> german = pages.get("/courses/aws-data-security/no-such-lesson", "Accept", "text/html",
				"Accept-Language", "de");

		assertThat(english.statusCode()).isEqualTo(404);
		assertThat(english.body()).contains("There is no lesson at this address.");
		assertThat(german.statusCode()).isEqualTo(404);
		assertThat(german.body()).contains("Unter dieser Adresse gibt es keine Lektion.").doesNotContain("There is no lesson");
	}

	@Test
	void theJsonErrorCarriesTheReasonToo() {
		HttpResponse<String> json = pages.get("/courses/no-such-course", "Accept", "application/json", "Accept-Language", "fr");

		assertThat(json.statusCode()).isEqualTo(404);
		assertThat(json.body()).contains("\"reason\":\"Il n’y a pas de cours à cette adresse.\"");
	}

	@Test
	void anAddressNoControllerKnowsKeepsTheGeneralWords() {
		HttpResponse<String> page = pages.get("/no/such/page", "Accept", "text/html");

		assertThat(page.statusCode()).isEqualTo(404);
		assertThat(page.body()).contains("There is nothing at this address.");
	}
}
