package io.lectern.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import io.lectern.web.Browser;
import io.lectern.web.PortalTest;

/**
 * A journey through the whole running portal in a real browser. Each page that matters is saved
 * as a screenshot (numbered in the order visited) and checked with axe-core.
 */
abstract class BrowserJourney extends PortalTest {

	@RegisterExtension
	final Chromium chromium = new Chromium();

	private String journey;
	private int pagesSeen;

	@BeforeEach
	void name(TestInfo test) {
		journey = getClass().getSimpleName().replaceFirst("Test$", "") + "-" + test.getTestMethod().orElseThrow().getName();
		pagesSeen = 0;
	}

	ChromeDriver driver() {
		return chromium.driver();
	}

	void open(String path) {
		driver().get("http://localhost:" + port + path);
	}

	String path() {
		return driver().getCurrentUrl().replaceFirst("^http://localhost:\\d+", "");
	}

	WebElement find(String css) {
		return driver().findElement(By.cssSelector(css));
	}

	String heading() {
		return find("main h1").getText();
	}

	/**
	 * Clicks as a person would, once the element is in the middle of the screen: the site scrolls
	 * smoothly, and a click aimed while the page still moves lands on whatever passes under it.
	 */
	void click(WebElement target) {
		driver().executeScript("arguments[0].scrollIntoView({ block: 'center', behavior: 'instant' })", target);
		target.click();
	}

	/** Clicks something that loads another page, and waits until that page has loaded. */
	void follow(WebElement target) {
		WebElement before = find("html");
		click(target);
		new WebDriverWait(driver(), Duration.ofSeconds(15)).until(d -> isGone(before));
		new WebDriverWait(driver(), Duration.ofSeconds(15))
			.until(d -> "complete".equals(driver().executeScript("return document.readyState")));
	}

	/**
	 * Whether the element belongs to a page that has been left. Chromium reports such an element
	 * either as stale or, caught in the middle of the navigation, as a node that "does not belong to
	 * the document".
	 */
	private static boolean isGone(WebElement element) {
		try {
			element.isEnabled();
			return false;
		}
		catch (StaleElementReferenceException ex) {
			return true;
		}
		catch (WebDriverException ex) {
			if (ex.getMessage() != null && ex.getMessage().contains("does not belong to the document")) {
				return true;
			}
			throw ex;
		}
	}

	/** Follows the link with exactly this text inside the element that {@code css} finds. */
	void followLink(String css, String text) {
		follow(find(css).findElement(By.linkText(text)));
	}

	/** Saves the page as this journey's next screenshot and checks it for accessibility. */
	void record(String page) {
		photograph(page);
		Axe.check(driver(), page + " (" + path() + ")");
	}

	/** Saves the page as this journey's next screenshot, unchecked: for pages that are not the portal's. */
	void photograph(String page) {
		pagesSeen++;
		chromium.screenshot(String.format("%s-%02d-%s", journey, pagesSeen, page));
	}

	/** Records the page in the light theme, then in the dark one, and leaves it light again. */
	void recordInBothThemes(String page) {
		record(page + "-light");
		colourScheme("dark");
		record(page + "-dark");
		colourScheme("light");
	}

	void colourScheme(String scheme) {
		driver().executeCdpCommand("Emulation.setEmulatedMedia",
				Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
	}

	/** An admin's view of /admin/security-events, narrowed to one kind of event and one account. */
	String securityEvents(String kind, String username) {
		open("/admin/security-events");
		new Select(find("#event-kind")).selectByVisibleText(kind);
		type("#event-username", username);
		follow(find(".filter-form button[type=submit]"));
		return find(".security-events tbody").getText();
	}

	void type(String css, String text) {
		WebElement field = find(css);
		field.clear();
		field.sendKeys(text);
	}

	/** Registers a new learner through the form, which logs them in; returns the username. */
	String register(String displayName) {
		String username = "learner-" + UUID.randomUUID().toString().substring(0, 8);
		open("/register");
		record("register");
		type("#displayName", displayName);
		type("#username", username);
		type("#password", Browser.PASSWORD);
		type("#confirmPassword", Browser.PASSWORD);
		follow(find("form.account-form button[type=submit]"));
		assertThat(find(".account-nav").getText()).contains("Dashboard");
		return username;
	}

	void logIn(String username, String password) {
		open("/login");
		record("login");
		type("#username", username);
		type("#password", password);
		follow(find("form.account-form button[type=submit]"));
		assertThat(find(".account-nav").getText()).contains("Log out");
	}
}
