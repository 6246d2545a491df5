package io.lectern.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A mystmd project as an author brings it (src/test/resources/fixtures/myst-course): a lesson full
 * of formulas, admonitions, tabs, a figure, code with a caption and an exercise reads well and passes
 * axe-core in the light and the dark theme.
 */
class MystLessonJourneyTest extends BrowserJourney {

	@DynamicPropertySource
	static void content(DynamicPropertyRegistry registry) {
		registry.add("lectern.content.dir", () -> Path.of("src/test/resources/fixtures/myst-course").toAbsolutePath().toString());
		registry.add("lectern.content.strict", () -> "false");
	}

	@Test
	void aLessonFullOfMystReadsWellInBothThemes() {
		open("/courses/myst-course/kinematics");
		assertThat(heading()).isEqualTo("Kinematics");
		assertThat(find("main").findElements(By.cssSelector("math"))).hasSizeGreaterThanOrEqualTo(5);
		assertThat(find("main").findElements(By.cssSelector(".equation-number"))).isNotEmpty();
		assertThat(find("main").findElements(By.cssSelector("figure figcaption"))).isNotEmpty();
		assertThat(find("main").findElements(By.cssSelector("figure.subfigure"))).hasSize(2);
		assertThat(find("main").findElements(By.cssSelector("[role=tab]"))).hasSize(2);
		assertThat(find("main").getText()).doesNotContain(":::", "```{", "$$");
		record("lesson-light");

		colourScheme("dark");
		driver().navigate().refresh();
		record("lesson-dark");
		colourScheme("light");
	}
}
