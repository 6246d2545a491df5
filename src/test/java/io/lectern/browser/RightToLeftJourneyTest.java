package io.lectern.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A course written in Arabic (src/test/resources/fixtures/arabic-course): its content reads from
 * the right inside an interface that reads from the left, code and formulas stay left to right, and
 * when the interface itself is right to left (as an Arabic interface makes it) the whole page mirrors.
 * Mirroring is checked by where elements are, not by which styles they have; axe-core checks every
 * page, {@code html-has-lang} and {@code valid-lang} among its rules.
 */
class RightToLeftJourneyTest extends BrowserJourney {

	private static final String LESSON = "/courses/amn-albayanat/mafatih";

	@DynamicPropertySource
	static void content(DynamicPropertyRegistry registry) {
		registry.add("lectern.content.dir", () -> Path.of("src/test/resources/fixtures/arabic-course").toAbsolutePath().toString());
	}

	@Test
	void anArabicLessonReadsFromTheRightAndItsCodeAndFormulasFromTheLeft() {
		driver().manage().window().setSize(new Dimension(1280, 1000));
		open(LESSON);
		WebElement body = find(".lesson-body");
		assertThat(body.getAttribute("lang")).isEqualTo("ar");
		assertThat(body.getAttribute("dir")).isEqualTo("rtl");
		assertThat(find("main h1").getAttribute("dir")).isEqualTo("rtl");
		assertThat(body.getText()).contains("ملاحظة", "تمرين 1");
		record("lesson-content-rtl");

		// A paragraph's text ends at the body's right edge; code starts at its block's left edge.
		Map<String, Object> paragraph = textBox(".lesson-body > p");
		Map<String, Object> bodyBox = box(".lesson-body");
		assertThat(number(paragraph, "right")).isCloseTo(number(bodyBox, "right"), org.assertj.core.data.Offset.offset(4.0));
		assertThat(computed(".lesson-body pre", "direction")).isEqualTo("ltr");
		assertThat(number(textBox(".lesson-body pre code"), "left")).isLessThan(number(box(".lesson-body pre"), "left") + 40);
		assertThat(computed(".lesson-body math", "direction")).isEqualTo("ltr");
		// A table's first column is on the right.
		assertThat(number(box(".lesson-body th:first-child"), "left"))
			.isGreaterThan(number(box(".lesson-body th:last-child"), "left"));
		// The interface around the content still reads from the left: the course navigation is on the left.
		assertThat(number(box(".course-nav"), "left")).isLessThan(number(box("article.lesson"), "left"));

		// An Arabic interface sets dir="rtl" on the page: the navigation and "On this page" move across.
		mirrorTheInterface();
		assertThat(number(box(".course-nav"), "left")).isGreaterThan(number(box("article.lesson"), "left"));
		assertThat(number(box(".page-toc"), "left")).isLessThan(number(box(".lesson-body"), "left"));
		assertThat(number(box(".pager-next"), "left")).isLessThan(number(box(".pager"), "left") + 40);
		record("lesson-interface-rtl");

		driver().manage().window().setSize(new Dimension(390, 900));
		open(LESSON);
		record("lesson-phone");
		mirrorTheInterface();
		Map<String, Object> phoneParagraph = textBox(".lesson-body > p");
		assertThat(number(phoneParagraph, "right")).isCloseTo(number(box(".lesson-body"), "right"),
				org.assertj.core.data.Offset.offset(4.0));
		record("lesson-phone-interface-rtl");
	}

	@Test
	void anArabicQuizShowsItsChoicesFromTheRight() {
		driver().manage().window().setSize(new Dimension(1280, 1000));
		register("متعلم");
		open("/quizzes/salahiyat-check");
		record("quiz-intro");
		follow(find(".quiz-start button[type=submit]"));
		WebElement prompt = find(".question-prompt");
		assertThat(prompt.getAttribute("lang")).isEqualTo("ar");
		record("quiz-attempt");

		mirrorTheInterface();
		// In a right-to-left form the radio button sits at the start of its line, on the right of its text.
		assertThat(number(box("label.choice input"), "left")).isGreaterThan(number(box("label.choice span"), "left"));
		record("quiz-attempt-interface-rtl");
	}

	/** What an Arabic interface does to the page; the interface's own language is chosen elsewhere. */
	private void mirrorTheInterface() {
		driver().executeScript("document.documentElement.setAttribute('dir', 'rtl')");
	}

	private String computed(String css, String property) {
		return (String) driver().executeScript(
				"return getComputedStyle(document.querySelector(arguments[0])).getPropertyValue(arguments[1]);", css, property);
	}
}
