package io.lectern.content.internal.render.myst;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** One lesson using every directive, as a course written for Jupyter Book would. */
class EveryDirectiveLessonTest {

	private final Lessons lessons = new Lessons();

	@Test
	void noMystSyntaxIsLeftInTheTextOfALessonUsingEveryDirective() throws IOException {
		String html = lessons.html(lesson());
		String text = html.replaceAll("(?s)<pre.*?</pre>", "").replaceAll("<[^>]+>", "");

		assertThat(text).doesNotContain("```", ":::", "{note}", "{figure}", "^^^", "+++", ":label:", ":class:", ":name:",
				":header-rows:", ":linenos:", "-start}", "-end}");
		assertThat(lessons.warnings).isEmpty();
		assertThat(html).contains("id=\"fig-model\"", "id=\"tbl-who\"", "id=\"eq-risk\"", "id=\"ex-policy\"", "id=\"ex-gated\"",
				"id=\"term-iam\"", "Figure 1: ", "id=\"fig-pair-a\"", "(b) </span>After", "Figure 2: ", "Table 1: ", "Table 2: ", "Table 3: ", "Program 1: ", "(1)", "Exercise 1",
				"Exercise 2", "Solution to Exercise 1</summary>", "<p>Raw <em>HTML</em> kept.</p>");
	}

	static String lesson() throws IOException {
		try (InputStream in = EveryDirectiveLessonTest.class.getResourceAsStream("/myst/every-directive.md")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}
}
