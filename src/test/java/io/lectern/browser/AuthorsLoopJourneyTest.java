package io.lectern.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.lectern.content.ContentFolder;
import io.lectern.web.Browser;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** An admin writes with a lesson open: the saved change shows in the page without a click, where they were reading. */
class AuthorsLoopJourneyTest extends BrowserJourney {

	static ContentFolder folder;

	@DynamicPropertySource
	static void content(DynamicPropertyRegistry registry) throws IOException {
		folder = new ContentFolder(Files.createTempDirectory("lectern-authors-loop"));
		folder.lesson("notes/01-draft.md", "Draft", body("The first draft."));
		registry.add("lectern.content.dir", () -> folder.root().toString());
	}

	/** Long enough to scroll: the page must come back where the author was reading. */
	static String body(String opening) {
		return opening + "\n\n" + "A paragraph that fills the page so that it scrolls.\n\n".repeat(80) + "The end.\n";
	}

	@Test
	void theOpenLessonShowsTheSavedChangeAtTheSameScrollPosition() {
		logIn(ADMIN, Browser.PASSWORD);
		open("/courses/notes/01-draft");
		assertThat(find("article.lesson").getText()).contains("The first draft.");
		driver().executeScript("window.scrollTo({ top: 600, behavior: 'instant' })");
		// Where the reader is: 600 px down, or less when the window is so tall that the page ends sooner.
		int reading = scrollY();
		assertThat(reading).isGreaterThan(200);

		folder.lesson("notes/01-draft.md", "Draft", body("The second draft, saved with the page open."));

		new WebDriverWait(driver(), Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
			.until(page -> find("article.lesson").getText().contains("The second draft, saved with the page open."));
		assertThat(scrollY()).isBetween(reading - 40, reading + 40);
		// And it stays there: nothing scrolls the page afterwards.
		driver().executeAsyncScript("setTimeout(arguments[arguments.length - 1], 500)");
		assertThat(scrollY()).isBetween(reading - 40, reading + 40);
	}

	private int scrollY() {
		return ((Number) driver().executeScript("return Math.round(window.scrollY)")).intValue();
	}
}
