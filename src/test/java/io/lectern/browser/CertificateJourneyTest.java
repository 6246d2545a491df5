package io.lectern.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A learner finishes a one-lesson course that awards a certificate, opens the certificate from the
 * dashboard, looks at it in both themes and as it prints, downloads the PDF, and checks the signed
 * credential on /verify; axe-core checks the certificate and verify pages in the light and the dark theme.
 */
class CertificateJourneyTest extends BrowserJourney {

	@DynamicPropertySource
	static void content(DynamicPropertyRegistry registry) {
		registry.add("lectern.content.dir", () -> Path.of("src/test/resources/fixtures/certificates").toAbsolutePath().toString());
		registry.add("lectern.public-url", () -> "https://learn.example.org");
		registry.add("spring.datasource.url", () -> "jdbc:h2:mem:certificate-journey");
	}

	@Test
	void aLearnerFinishesTheCourseAndOpensPrintsDownloadsAndVerifiesTheirCertificate() throws Exception {
		register("Journey Learner");
		open("/courses/key-basics/who-holds-the-key");
		follow(find("form.complete-form button[type=submit]"));
		new WebDriverWait(driver(), Duration.ofSeconds(20)).until(d -> {
			open("/me");
			return !driver().findElements(By.cssSelector(".certificate-list a")).isEmpty();
		});
		follow(find(".certificate-list a"));

		assertThat(heading()).isEqualTo("Journey Learner");
		assertThat(find(".certificate-course").getText()).isEqualTo("Key basics");
		String certificate = path();
		recordInBothThemes("certificate");

		driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
		assertThat(find(".site-header").isDisplayed()).isFalse();
		assertThat(find(".certificate-actions").isDisplayed()).isFalse();
		assertThat(find(".certificate-sheet").isDisplayed()).isTrue();
		chromium.screenshot("CertificateJourney-print");
		driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));

		String pdfAddress = find(".certificate-downloads a.button").getAttribute("href");
		HttpResponse<byte[]> pdf = fetch(pdfAddress);
		assertThat(pdf.statusCode()).isEqualTo(200);
		assertThat(new String(pdf.body(), 0, 5)).isEqualTo("%PDF-");
		String jwt = new String(fetch("http://localhost:" + port + certificate + "/credential.jwt").body());

		open("/verify");
		recordInBothThemes("verify");
		type("#credential", jwt);
		follow(find("form.verify-form button[type=submit]"));
		assertThat(find("#result-heading").getText()).isEqualTo("Genuine and valid");
		assertThat(find(".verify-result").getText()).contains("Journey Learner", "Key basics", "It has not been revoked.");
		recordInBothThemes("verify-result");
	}

	private static HttpResponse<byte[]> fetch(String address) throws Exception {
		return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(address)).build(),
				HttpResponse.BodyHandlers.ofByteArray());
	}
}
