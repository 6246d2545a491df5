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
		// The logout button, not its words: the journeys register in every interface language.
		assertThat(driver().findElements(By.cssSelector(".account-nav form.logout-form"))).isNotEmpty();
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

	/** Fills the attempt form from name and value pairs, as the controls for each question type take them. */
	void answer(String... pairs) {
		for (int i = 0; i < pairs.length; i += 2) {
			String name = pairs[i];
			String value = pairs[i + 1];
			WebElement control = find("form.attempt-form [name='" + name + "']");
			switch (control.getTagName() + ":" + control.getAttribute("type")) {
				case "select:select-one" -> new Select(control).selectByValue(value);
				case "input:radio", "input:checkbox" -> {
					WebElement choice = find("form.attempt-form [name='" + name + "'][value='" + value + "']");
					click(choice);
					assertThat(choice.isSelected()).as("%s=%s chosen", name, value).isTrue();
				}
				default -> {
					control.clear();
					control.sendKeys(value);
				}
			}
		}
	}

	/** Where an element is on the screen, in CSS pixels from the viewport's top left corner. */
	@SuppressWarnings("unchecked")
	Map<String, Object> box(String css) {
		return (Map<String, Object>) driver().executeScript(
				"const r = document.querySelector(arguments[0]).getBoundingClientRect();"
						+ " return { left: r.left, right: r.right, top: r.top };", css);
	}

	/** The box of an element's text itself, not of the block that holds it. */
	@SuppressWarnings("unchecked")
	Map<String, Object> textBox(String css) {
		return (Map<String, Object>) driver().executeScript(
				"const range = document.createRange(); range.selectNodeContents(document.querySelector(arguments[0]));"
						+ " const r = range.getBoundingClientRect(); return { left: r.left, right: r.right, top: r.top };", css);
	}

	static double number(Map<String, Object> box, String key) {
		return ((Number) box.get(key)).doubleValue();
	}
}
