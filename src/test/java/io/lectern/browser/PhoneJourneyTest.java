package io.lectern.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import io.lectern.web.Browser;

/** At a phone's width (390 CSS pixels) the header and the course contents still take you places. */
class PhoneJourneyTest extends BrowserJourney {

	private static final int WIDTH = 390;

	@BeforeEach
	void phone() {
		chromium.emulatePhone(WIDTH, 844);
	}

	@Test
	void headerLinksAndSearchWorkOnAPhone() {
		open("/courses/aws-data-security/about");
		assertThat(driver().executeScript("return window.innerWidth")).isEqualTo((long) WIDTH);
		assertHeaderFits();
		record("lesson");

		followLink(".site-nav", "Courses");
		assertThat(path()).isEqualTo("/");
		record("catalog");

		followLink(".site-nav", "Who secures what");
		assertThat(path()).isEqualTo("/diagrams/shared-responsibility");

		type("#site-search", "root user");
		follow(find(".site-search button[type=submit]"));
		assertThat(path()).isEqualTo("/search?q=root+user");
		assertThat(find("main").findElements(By.cssSelector(".search-course a"))).isNotEmpty();
		record("search");

		followLink(".account-nav", "Log in");
		assertThat(path()).startsWith("/login");
		type("#username", ADMIN);
		type("#password", Browser.PASSWORD);
		follow(find("form.account-form button[type=submit]"));
		// Signed in as admin, the header carries the most links it ever has.
		assertHeaderFits();
		record("signed-in");
		followLink(".account-nav", "Dashboard");
		assertThat(path()).isEqualTo("/me");
	}

	@Test
	void courseContentsOpenAndLeadToAnotherLesson() {
		open("/courses/aws-data-security/shared-responsibility");
		WebElement contents = find("details.course-nav");
		// Folded on small screens so the lesson comes first; the summary opens it.
		assertThat(contents.getAttribute("open")).isNull();
		WebElement summary = contents.findElement(By.tagName("summary"));
		assertThat(summary.isDisplayed()).isTrue();
		click(summary);
		assertThat(contents.getAttribute("open")).isNotNull();
		WebElement next = contents.findElement(By.linkText("IAM and the principle of least privilege"));
		assertThat(next.isDisplayed()).isTrue();
		assertInsideViewport(next);
		record("course-contents-open");

		follow(next);
		assertThat(path()).isEqualTo("/courses/aws-data-security/least-privilege");
		assertThat(find("details.course-nav [aria-current=page]").getAttribute("textContent")).contains("IAM and the principle of least privilege");
		assertNoSidewaysScrolling();
		record("other-lesson");
	}

	private void assertHeaderFits() {
		assertNoSidewaysScrolling();
		List<WebElement> controls = driver().findElements(By.cssSelector(".site-header a, .site-header button, .site-header input:not([type=hidden])"));
		assertThat(controls).hasSizeGreaterThanOrEqualTo(6);
		controls.stream().filter(control -> !control.getAttribute("class").contains("skip-link")).forEach(control -> {
			assertThat(control.isDisplayed()).as("%s shown", control.getText()).isTrue();
			assertInsideViewport(control);
		});
	}

	private void assertInsideViewport(WebElement element) {
		@SuppressWarnings("unchecked")
		Map<String, Number> box = (Map<String, Number>) driver().executeScript(
				"var r = arguments[0].getBoundingClientRect(); return { left: r.left, right: r.right, height: r.height };",
				element);
		assertThat(box.get("left").doubleValue()).as("left edge of %s", element.getText()).isGreaterThanOrEqualTo(0);
		assertThat(box.get("right").doubleValue()).as("right edge of %s", element.getText()).isLessThanOrEqualTo(WIDTH);
		// Small enough to miss with a thumb is not "usable": 24 px is WCAG 2.2's minimum target size.
		assertThat(box.get("height").doubleValue()).as("height of %s", element.getText()).isGreaterThanOrEqualTo(24);
	}

	private void assertNoSidewaysScrolling() {
		assertThat(((Number) driver().executeScript("return document.documentElement.scrollWidth")).intValue())
			.as("page width at %d px", WIDTH)
			.isLessThanOrEqualTo(WIDTH);
	}
}
