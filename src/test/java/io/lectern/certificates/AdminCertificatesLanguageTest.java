package io.lectern.certificates;

import static org.assertj.core.api.Assertions.assertThat;

import io.lectern.certificates.internal.issuing.Certificate;
import io.lectern.web.Browser;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * The admin's certificates page in the admin's language, with a certificate on it: its words, its
 * date, and the messages that revoking and a new signing key answer with.
 */
class AdminCertificatesLanguageTest extends CertificatePortalTest {

	@Test
	void aGermanAdminRevokesInGerman() {
		Browser browser = learner("Lena Vogt");
		String learner = learnerIdOf(browser);
		completed(learner, "key-basics", Instant.parse("2026-11-30T10:15:00Z"));
		Certificate lena = certificateOf(learner, "key-basics");
		Browser admin = new Browser(port).speaking("de-DE,de;q=0.9");
		admin.logIn(ADMIN, Browser.PASSWORD);

		String page = admin.get("/admin/certificates").body();
		assertThat(page).contains("<h1>Zertifikate</h1>", "Die 200 zuletzt ausgestellten Zertifikate", "Ausgestellt",
				"30. November 2026", "Grund</span> <span class=\"visually-hidden\">für den Widerruf des Zertifikats von Lena Vogt",
				">Widerrufen</button>", "Mit einem neuen Schlüssel signieren");
		assertThat(page).doesNotContain("Revoke", "Signing key", "30 Nov 2026");

		String refused = admin.follow(admin.submit("/admin/certificates/" + lena.id() + "/revocation", "reason", " ")).body();
		assertThat(refused).contains("Geben Sie den Grund für den Widerruf an, mit höchstens 500 Zeichen.");
		String revoked = admin.follow(admin.submit("/admin/certificates/" + lena.id() + "/revocation", "reason", "Irrtum"))
			.body();
		assertThat(revoked).contains("Das Zertifikat von Lena Vogt für Key basics ist widerrufen.", "<strong>Widerrufen</strong>");

		String rotated = admin.follow(admin.submit("/admin/certificates/signing-key")).body();
		assertThat(rotated).contains("Zertifikate werden ab sofort mit einem neuen Schlüssel signiert.");
	}
}
