package io.lectern.content;

import static org.assertj.core.api.Assertions.assertThat;

import io.lectern.authoring.CourseSlug;
import io.lectern.authoring.LessonSlug;
import io.lectern.content.internal.load.LoadResult;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * mystmd's {@code abbreviations}, from a project's {@code myst.yml} and a page's front matter: each
 * use in the text becomes an {@code <abbr>} with its meaning, as the mystmd guide describes them.
 */
class AbbreviationsTest {

	private static final String PROJECT = """
			version: 1
			project:
			  title: Health at work
			  abbreviations:
			    RHR: Resting Heart Rate
			    HR: Human Resources
			    X: too short to be one
			  toc:
			    - file: heart.md
			    - file: office.md
			""";

	private static String page(LoadResult result, String lesson) {
		assertThat(result.problems()).isEmpty();
		return result.catalog().lesson(CourseSlug.of("health"), LessonSlug.of(lesson)).orElseThrow().html();
	}

	private static LoadResult load(Path dir, String office) {
		return new ContentFolder(dir).file("health/myst.yml", PROJECT)
			.file("health/heart.md", """
					# Heart

					To lower your RHR, try meditating or ask HR. HRs, THREE and X stay as they are.

					Not in `HR` code, nor in [an HR link](https://example.org/hr), nor in {abbr}`HR (Heart Rate)`. A role without its meaning takes it: {abbr}`RHR`.
					""")
			.file("health/office.md", office)
			.load();
	}

	@Test
	void theProjectsAbbreviationsAreMarkedUpInTheTextLongestFirstAndAsWholeWords(@TempDir Path dir) {
		String html = page(load(dir, "# Office\n\nHR again.\n"), "heart");

		assertThat(html).contains("your <abbr title=\"Resting Heart Rate\">RHR</abbr>, try")
			.contains("ask <abbr title=\"Human Resources\">HR</abbr>.")
			.contains("HRs, THREE and X stay")
			.contains("<code>HR</code>")
			.contains(">an HR link</a>")
			.contains("<abbr title=\"Heart Rate\">HR</abbr>")
			.contains("takes it: <abbr title=\"Resting Heart Rate\">RHR</abbr>.")
			.doesNotContain("too short");
		assertThat(html.split("title=\"Human Resources\"", -1)).hasSize(2);
	}

	@Test
	void aPageTakesOneAwayWithNullAddsItsOwnAndCanWriteTheFirstUseInFull(@TempDir Path dir) {
		String html = page(load(dir, """
				---
				title: Office
				abbreviations:
				  HR: null
				  CPU: Central Processing Unit
				  firstTimeLong: true
				---

				## About RHR

				HR buys a CPU; the CPU is fast. Your RHR is fine, your {abbr}`BP (Blood Pressure)` too;
				your {abbr}`BP (Blood Pressure)` again.
				"""), "office");

		assertThat(html).contains("<p>HR buys a <abbr title=\"Central Processing Unit\">Central Processing Unit (CPU)</abbr>;"
				+ " the <abbr title=\"Central Processing Unit\">CPU</abbr> is fast.")
			.contains("id=\"about-rhr\"")
			.contains("About <abbr title=\"Resting Heart Rate\">Resting Heart Rate (RHR)</abbr>")
			.contains("Your <abbr title=\"Resting Heart Rate\">RHR</abbr> is fine,")
			.contains("your <abbr title=\"Blood Pressure\">Blood Pressure (BP)</abbr> too;")
			.contains("your <abbr title=\"Blood Pressure\">BP</abbr> again.")
			.doesNotContain("firstTimeLong");
	}
}
