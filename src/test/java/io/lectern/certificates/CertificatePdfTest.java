package io.lectern.certificates;

import static org.assertj.core.api.Assertions.assertThat;

import io.lectern.certificates.internal.issuing.Certificate;
import io.lectern.web.Browser;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The certificate as a PDF: one landscape page that names the learner, the course and where to check it, in an embedded font. */
class CertificatePdfTest extends CertificatePortalTest {

	@Test
	void thePdfHoldsTheNameTheCourseAndTheVerificationAddressInAnEmbeddedFont() throws Exception {
		String learner = learnerIdOf(learner("Zoë Ångström"));
		completed(learner, "key-basics", Instant.parse("2026-11-30T10:15:00Z"));
		Certificate certificate = certificateOf(learner, "key-basics");

		HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
				URI.create("http://localhost:" + port + "/certificates/" + certificate.id() + ".pdf")).build(),
				HttpResponse.BodyHandlers.ofByteArray());

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
		try (PDDocument pdf = Loader.loadPDF(response.body())) {
			assertThat(pdf.getNumberOfPages()).isEqualTo(1);
			PDPage page = pdf.getPage(0);
			assertThat(page.getMediaBox().getWidth()).isGreaterThan(page.getMediaBox().getHeight());
			String text = new PDFTextStripper().getText(pdf);
			assertThat(text).contains("Zoë Ångström", "Key basics", "30 November 2026",
					PUBLIC_URL + "/certificates/" + certificate.id());
			for (COSName name : page.getResources().getFontNames()) {
				assertThat(page.getResources().getFont(name).isEmbedded()).as(name.getName()).isTrue();
			}
			assertThat(page.getResources().getFontNames()).isNotEmpty();
		}
	}

	@Test
	void aPrivateCertificatesPdfIsNotFoundByOthers() {
		Browser ana = learner("Ana Lima");
		String learner = learnerIdOf(ana);
		completed(learner, "key-basics", Instant.now());
		String id = certificateOf(learner, "key-basics").id();
		ana.get("/certificates/" + id);
		ana.submit("/me/certificates/" + id + "/visibility", "public", "false");

		assertThat(new Browser(port).get("/certificates/" + id + ".pdf").statusCode()).isEqualTo(404);
		assertThat(new Browser(port).get("/certificates/" + id + "/credential.jwt").statusCode()).isEqualTo(404);
		assertThat(ana.get("/certificates/" + id + ".pdf").statusCode()).isEqualTo(200);
	}
}
