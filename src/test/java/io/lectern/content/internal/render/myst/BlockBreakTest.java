package io.lectern.content.internal.render.myst;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** MyST notebooks' {@code +++} lines, which separate Markdown cells. */
class BlockBreakTest {

	private final Lessons lessons = new Lessons();

	@Test
	void aBreakSeparatesCellsAndShowsNothing() {
		String html = lessons.html("""
				The first cell.
				+++

				The second cell.

				+++ {"tags": ["hide-input"], "slideshow": {"slide_type": "slide"}}

				The third cell.
				""");

		assertThat(html).isEqualTo("<p>The first cell.</p>\n<p>The second cell.</p>\n<p>The third cell.</p>\n");
		assertThat(lessons.warnings).isEmpty();
	}

	@Test
	void plusSignsInCodeOrTextAreNotABreak() {
		String html = lessons.html("""
				```
				+++
				```

				C+++ is not a language; +++ inside a line is text.

				    +++
				""");

		assertThat(html).contains("<pre><code>+++\n</code></pre>").contains("C+++ is not a language; +++ inside a line is text.")
			.contains("<pre><code>+++\n</code></pre>\n<p>C+++");
	}

	@Test
	void aBreakInsideADirectiveIsNotShownEither() {
		String html = lessons.html("""
				:::{note}
				One.
				+++
				Two.
				:::
				""");

		assertThat(html).contains("<p>One.</p>\n<p>Two.</p>").doesNotContain("+++");
	}
}
