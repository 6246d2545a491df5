package io.lectern.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/** A lesson read with the keyboard alone: the skip link comes first, and focus can always be seen. */
class KeyboardTest extends BrowserJourney {

	private static final String LESSON = "/courses/aws-data-security/shared-responsibility";

	/** What a focus indicator can be drawn with, read from the computed style. */
	private static final String FOCUS_STYLE = """
			var s = getComputedStyle(arguments[0]);
			return { outline: s.outlineStyle + ' ' + s.outlineWidth + ' ' + s.outlineColor, shadow: s.boxShadow,
			  visibleOutline: s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0,
			  visibleShadow: s.boxShadow !== 'none' };
			""";

	@Test
	void skipLinkIsTheFirstStopAndMovesFocusToTheLesson() {
		open(LESSON);
		tab();
		WebElement first = focused();
		assertThat(first.getText()).isEqualTo("Skip to main content");
		assertThat(first.getAttribute("href")).endsWith("#main");
		// Hidden off-screen until focused: now it must be on screen to be seen.
		assertThat(((Number) driver().executeScript("return arguments[0].getBoundingClientRect().top", first)).doubleValue())
			.isGreaterThanOrEqualTo(0);
		chromium.screenshot("Keyboard-skip-link-focused");

		new Actions(driver()).sendKeys(Keys.ENTER).perform();
		assertThat(focused().getAttribute("id")).isEqualTo("main");
		assertThat(path()).isEqualTo(LESSON + "#main");

		// The next stop is inside the lesson, not back in the header.
		tab();
		assertThat((Boolean) driver().executeScript("return document.getElementById('main').contains(document.activeElement)"))
			.isTrue();
	}

	@Test
	void everyStopOnTheLessonShowsWhereFocusIs() {
		open(LESSON);
		int stops = 0;
		for (int i = 0; i < 25; i++) {
			tab();
			WebElement element = focused();
			if ("body".equals(element.getTagName())) {
				break;
			}
			stops++;
			@SuppressWarnings("unchecked")
			Map<String, Object> whenFocused = (Map<String, Object>) driver().executeScript(FOCUS_STYLE, element);
			assertThat(Boolean.TRUE.equals(whenFocused.get("visibleOutline")) || Boolean.TRUE.equals(whenFocused.get("visibleShadow")))
				.as("focus shown on stop %d, %s %s: %s", stops, element.getTagName(), element.getText(), whenFocused)
				.isTrue();
			if (stops == 4) {
				chromium.screenshot("Keyboard-focus-style");
			}
		}
		assertThat(stops).isGreaterThanOrEqualTo(10);

		// And the indicator comes from focus, not from the element's usual look.
		open(LESSON);
		tab();
		tab();
		WebElement brand = focused();
		assertThat(brand.getAttribute("class")).contains("brand");
		@SuppressWarnings("unchecked")
		Map<String, Object> focusedStyle = (Map<String, Object>) driver().executeScript(FOCUS_STYLE, brand);
		driver().executeScript("arguments[0].blur()", brand);
		@SuppressWarnings("unchecked")
		Map<String, Object> restingStyle = (Map<String, Object>) driver().executeScript(FOCUS_STYLE, brand);
		assertThat(focusedStyle).isNotEqualTo(restingStyle);
		assertThat(restingStyle.get("visibleOutline")).isEqualTo(false);
	}

	private void tab() {
		new Actions(driver()).sendKeys(Keys.TAB).perform();
	}

	private WebElement focused() {
		return driver().switchTo().activeElement();
	}
}
