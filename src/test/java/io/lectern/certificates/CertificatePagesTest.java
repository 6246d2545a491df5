package io.lectern.certificates;

import static org.assertj.core.api.Assertions.assertThat;

import io.lectern.certificates.internal.issuing.Certificate;
import io.lectern.web.Browser;
import java.net.http.HttpResponse;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The certificate's page: what it shows, who may see it, and where the learner finds it. */
class CertificatePagesTest extends CertificatePortalTest {

	@Test
	void thePageShowsTheNameTheCourseTheDateTheIssuerAndWhereToCheckIt() {
		Browser ana = learner("Ana Lima");
		String learner = learnerIdOf(ana);
		completed(learner, "key-basics", Instant.parse("2026-11-30T10:15:00Z"));
		Certificate certificate = certificateOf(learner, "key-basics");

		HttpResponse<String> page = new Browser(port).get("/certificates/" + certificate.id());

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Ana Lima", "has completed the course", "Key basics", "30 November 2026",
				"Issued by", "Lectern", certificate.courseVersion(), "Valid",
				PUBLIC_URL + "/certificates/" + certificate.id(), "Download as PDF");
		assertThat(page.body()).doesNotContain("Make this page private", learner);
		assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
				csp -> assertThat(csp).contains("script-src 'self'", "style-src 'self'"));
		assertThat(page.body()).doesNotContain(" style=", "<style", "<script>");
	}

	@Test
	void aPrivateCertificateIsNotFoundByOthersExactlyAsAMissingOne() {
		Browser ana = learner("Ana Lima");
		String learner = learnerIdOf(ana);
		completed(learner, "key-basics", Instant.now());
		String address = "/certificates/" + certificateOf(learner, "key-basics").id();
		ana.get(address);

		assertThat(ana.submit("/me/certificates/" + address.substring(14) + "/visibility", "public", "false").statusCode())
			.isEqualTo(302);

		assertThat(ana.get(address).body()).contains("Private: only you see this page", "Make this page public");
		HttpResponse<String> toAGuest = new Browser(port).get(address);
		HttpResponse<String> toAnotherLearner = learner("Ben Okoro").get(address);
		HttpResponse<String> missing = new Browser(port).get("/certificates/AAAAAAAAAAAAAAAAAAAAAA");
		assertThat(toAGuest.statusCode()).isEqualTo(404);
		assertThat(toAnotherLearner.statusCode()).isEqualTo(404);
		assertThat(withoutTime(toAGuest.body()))
			.isEqualTo(withoutTime(missing.body().replace("AAAAAAAAAAAAAAAAAAAAAA", address.substring(14))));
		assertThat(toAGuest.body()).doesNotContain("Ana Lima", "Key basics");
	}

	@Test
	void onlyItsLearnerCanChangeWhoSeesItAndOnlyWithTheFormsToken() {
		Browser ana = learner("Ana Lima");
		String learner = learnerIdOf(ana);
		completed(learner, "key-basics", Instant.now());
		String id = certificateOf(learner, "key-basics").id();
		Browser ben = learner("Ben Okoro");
		ben.get("/me/certificates");

		assertThat(ben.submit("/me/certificates/" + id + "/visibility", "public", "false").statusCode()).isEqualTo(404);
		assertThat(ana.postForm("/me/certificates/" + id + "/visibility", "public", "false").statusCode()).isEqualTo(403);
		assertThat(new Browser(port).get("/certificates/" + id).statusCode()).isEqualTo(200);
	}

	@Test
	void theDashboardTheCoursePageAndTheLearnersListLinkToIt() {
		Browser ana = learner("Ana Lima");
		String learner = learnerIdOf(ana);
		completed(learner, "key-basics", Instant.now());
		String address = "/certificates/" + certificateOf(learner, "key-basics").id();

		assertThat(ana.get("/me").body()).contains("Your certificates", "href=\"" + address + "\"");
		assertThat(ana.get("/courses/key-basics").body()).contains("href=\"" + address + "\"", "Your certificate");
		assertThat(ana.get("/me/certificates").body()).contains("href=\"" + address + "\"", "(public)");
		assertThat(ana.get("/courses/key-exam").body()).doesNotContain(address);
	}

	@Test
	void theNameOnCertificatesIsTheLearnersChoiceForCertificatesIssuedAfterwards() {
		Browser ana = learner("ana");
		String learner = learnerIdOf(ana);
		assertThat(ana.get("/me/certificates").body()).contains("New certificates carry <strong>ana</strong>");

		assertThat(ana.submit("/me/certificates/name", "printedName", "Ana María Lima").statusCode()).isEqualTo(302);
		completed(learner, "key-basics", Instant.now());

		assertThat(certificateOf(learner, "key-basics").printedName()).isEqualTo("Ana María Lima");
		assertThat(ana.get("/me/certificates").body()).contains("Saved: new certificates carry this name.", "value=\"Ana María Lima\"");
	}

	@Test
	void aNameWithMarkupIsPrintedAsTextEverywhere() {
		Browser mallory = learner("Mallory");
		String learner = learnerIdOf(mallory);
		mallory.get("/me/certificates");
		mallory.submit("/me/certificates/name", "printedName", "<script>alert(1)</script><img src=x onerror=alert(2)>");
		completed(learner, "key-basics", Instant.now());
		Certificate certificate = certificateOf(learner, "key-basics");

		Browser admin = new Browser(port);
		admin.logIn(ADMIN, Browser.PASSWORD);
		for (String page : new String[] { "/certificates/" + certificate.id(), "/me/certificates", "/admin/certificates" }) {
			assertThat((page.startsWith("/admin") ? admin : mallory).get(page).body()).as(page)
				.contains("&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;")
				.doesNotContain("<script>alert", "<img src=x");
		}
		Browser verifier = new Browser(port);
		verifier.get("/verify");
		assertThat(verifier.submit("/verify", "credential", "<script>alert(3)</script>").body())
			.contains("&lt;script&gt;alert(3)&lt;/script&gt;").doesNotContain("<script>alert(3)");
	}

	private static String withoutTime(String body) {
		return body.replaceAll("\"timestamp\":\"[^\"]*\"", "");
	}
}
