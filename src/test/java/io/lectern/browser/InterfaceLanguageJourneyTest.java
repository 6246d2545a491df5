package io.lectern.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

import io.lectern.i18n.LocalFormats;
import io.lectern.web.BundledQuiz;

/**
 * A learner whose browser speaks German, and one whose browser speaks Arabic, register, read a
 * lesson, take the bundled quiz and find it all on their dashboard, in their own language: the texts
 * expected come from the message bundles, not from this test. Every page is checked with axe-core
 * (its {@code html-has-lang} and {@code valid-lang} among the rules) and photographed whole at 1280
 * and 390 pixels for a person to look at; at phone width no page may be wider than the screen, which
 * is how a long German word that does not fit shows. In Arabic the page reads from the right, checked
 * by where elements are.
 */
class InterfaceLanguageJourneyTest extends BrowserJourney {

	private static final String LESSON = "/courses/aws-data-security/shared-responsibility";

	private static final int PHONE = 390;

	@Autowired
	MessageSource messages;

	private Locale language;

	@AfterEach
	void forgetTheLanguage() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void aLearnerWhoseBrowserSpeaksGermanTakesTheQuizInGerman() {
		speak(Locale.GERMAN);
		String name = "Jürgen Weißmüller";
		registerAs(name);
		assertThat(attribute("html", "dir")).isEqualTo("ltr");

		readTheLesson();
		takeTheQuiz();
		seeTheDashboard(name);
	}

	@Test
	void aLearnerWhoseBrowserSpeaksArabicTakesTheQuizFromTheRight() {
		speak(Locale.forLanguageTag("ar"));
		String name = "ليلى حداد";
		registerAs(name);
		assertThat(attribute("html", "dir")).isEqualTo("rtl");
		// The site's name and logo start the header on the right, its navigation follows to their left.
		assertThat(number(box(".site-header .brand"), "left")).isGreaterThan(number(box(".site-nav"), "left"));

		readTheLesson();
		// The course's own content is English and stays left to right inside the mirrored page.
		assertThat(attribute(".lesson-body", "dir")).isEqualTo("ltr");
		assertThat(attribute(".lesson-body", "lang")).isEqualTo("en");
		assertThat(number(box(".course-nav"), "left")).isGreaterThan(number(box("article.lesson"), "left"));
		assertThat(number(box(".page-toc"), "left")).isLessThan(number(box(".lesson-body"), "left"));

		takeTheQuiz();
		// The result's words start at the right edge of the page's column.
		assertEndsAtTheRight("main .eyebrow");

		seeTheDashboard(name);
		assertEndsAtTheRight("main h1");
	}

	private void speak(Locale wanted) {
		language = wanted;
		chromium.speak(wanted.toLanguageTag());
	}

	private void registerAs(String name) {
		open("/register");
		assertThat(attribute("html", "lang")).isEqualTo(language.toLanguageTag());
		assertThat(find("form.account-form button[type=submit]").getText()).isEqualTo(text("register.submit"));
		recordAtBothWidths("register");
		register(name);
		assertThat(find(".account-nav form.logout-form button").getText()).isEqualTo(text("account.nav.logout"));
	}

	private void readTheLesson() {
		open(LESSON);
		assertThat(attribute("html", "lang")).isEqualTo(language.toLanguageTag());
		assertThat(attribute(".page-toc nav", "aria-label")).isEqualTo(text("lesson.onThisPage"));
		assertThat(find("form.complete-form button[type=submit]").getText()).isEqualTo(text("progress.markComplete"));
		follow(find("form.complete-form button[type=submit]"));
		assertThat(path()).startsWith(LESSON);
		assertThat(find("#lesson-progress .lesson-done").getText()).startsWith(text("progress.lessonDone"));
		recordAtBothWidths("lesson");
	}

	private void takeTheQuiz() {
		open(BundledQuiz.INTRO);
		assertThat(find(".quiz-start button[type=submit]").getText()).isEqualTo(text("quiz.intro.start"));
		recordAtBothWidths("quiz-intro");
		follow(find(".quiz-start button[type=submit]"));
		assertThat(find("fieldset.question legend").getText()).startsWith(text("quiz.question.number", 1));
		answer(BundledQuiz.ALL_RIGHT);
		assertThat(find("form.attempt-form button[value=submit]").getText()).isEqualTo(text("quiz.attempt.submit"));
		recordAtBothWidths("attempt");
		follow(find("form.attempt-form button[value=submit]"));
		assertThat(spaced(find(".quiz-result .quiz-score").getText())).isEqualTo(spaced(percent(100)));
		assertThat(spaced(find(".quiz-result .verdict").getText()))
			.matches(pattern(text("quiz.review.passed", "\u0000")));
		recordAtBothWidths("result");
	}

	private void seeTheDashboard(String name) {
		follow(find(".account-nav").findElement(By.linkText(text("account.nav.dashboard"))));
		assertThat(path()).isEqualTo("/me");
		assertThat(heading()).isEqualTo(text("dashboard.welcome", name));
		assertThat(spaced(find("main").getText())).contains(spaced(text("progress.lessonsCompleted", 1, 7)),
				spaced(text("progress.quizzesPassed", 1, 8)));
		recordAtBothWidths("dashboard");
	}

	/**
	 * Photographs and checks the whole page at the desktop's width, then at a phone's, where nothing
	 * may make the page wider than the screen; leaves the browser at the desktop's width.
	 */
	private void recordAtBothWidths(String page) {
		showWhole(1280, false);
		record(page + "-1280");
		showWhole(PHONE, true);
		assertThat(driver().executeScript("return document.documentElement.scrollWidth")).as("width of %s at %d px", page, PHONE)
			.isEqualTo((long) PHONE);
		record(page + "-" + PHONE);
		chromium.stopEmulating();
	}

	/** A screen this wide and as tall as the page, so that one screenshot holds all of it. */
	private void showWhole(int width, boolean phone) {
		metrics(width, 900, phone);
		Number height = (Number) driver().executeScript("return document.documentElement.scrollHeight");
		metrics(width, Math.min(height.intValue(), 8000), phone);
	}

	private void metrics(int width, int height, boolean phone) {
		driver().executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", phone));
	}

	/** An element's text ends where its box ends on the right, as the start of a right-to-left line. */
	private void assertEndsAtTheRight(String css) {
		assertThat(number(textBox(css), "right")).isCloseTo(number(box(css), "right"), Offset.offset(4.0));
	}

	private String attribute(String css, String name) {
		return find(css).getAttribute(name);
	}

	private String text(String key, Object... arguments) {
		return messages.getMessage(key, arguments, language);
	}

	/** A share in percent as the portal writes it in the journey's language. */
	private String percent(long share) {
		LocaleContextHolder.setLocale(language);
		return new LocalFormats().percent(share);
	}

	/** A message with {@code \0} where an argument goes, as a pattern that takes any text there. */
	private static String pattern(String message) {
		return String.join(".+", List.of(spaced(message).split("\u0000", -1)).stream()
			.map(java.util.regex.Pattern::quote)
			.toList());
	}

	/**
	 * The browser reads no-break spaces (as in "100 %") out as plain ones, and leaves out the marks
	 * that keep a number's direction in right-to-left text ("100%" in Arabic carries two).
	 */
	private static String spaced(String text) {
		return text.replace('\u00a0', ' ').replace('\u202f', ' ').replaceAll("[\u200e\u200f\u061c]", "");
	}
}
