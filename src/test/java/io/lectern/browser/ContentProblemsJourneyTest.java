package io.lectern.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.lectern.authoring.ProblemsPageTest;
import io.lectern.web.Browser;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The admin of a portal started on a folder with one error and one warning finds both from the header. */
class ContentProblemsJourneyTest extends BrowserJourney {

	@DynamicPropertySource
	static void content(DynamicPropertyRegistry registry) {
		Path dir = ProblemsPageTest.folderWithAnErrorAndAWarning();
		registry.add("lectern.content.dir", dir::toString);
	}

	@Test
	void findsTheErrorAndTheWarningFromTheHeader() {
		logIn(ADMIN, Browser.PASSWORD);
		open("/courses/notes/01-welcome");
		followLink(".account-nav", "2 content problems");
		assertThat(path()).isEqualTo("/authoring/problems");
		assertThat(heading()).isEqualTo("Content problems");
		assertThat(find("main").findElements(By.cssSelector("table tbody tr"))).hasSize(2);
		assertThat(find("main table").getText()).contains("Error", "notes/03-broken.md:2", "Left out", "Warning",
				"notes/02-keys.md:4", "Keys");
		record("problems");

		chromium.emulatePhone(390, 844);
		driver().navigate().refresh();
		record("problems-phone");
	}
}
