package io.lectern.content.internal.render.myst;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** MyST notebooks' {@code +++} lines, which separate Markdown cells, and MyST's {@code %} comment lines. */
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

	@Test
	void aCommentLineShowsNothingAndEndsTheParagraphBeforeIt() {
		String html = lessons.html("""
				The first paragraph.
				% Not for learners: add a diagram here.
				The second paragraph.

				%no space after the sign is a comment too
				   % and so is an indented one

				- a list
				  % with a comment inside an item
				""");

		assertThat(html).startsWith("<p>The first paragraph.</p>\n<p>The second paragraph.</p>\n<ul>\n<li>a list")
			.doesNotContain("%").doesNotContain("comment");
		assertThat(lessons.warnings).isEmpty();
	}

	@Test
	void aPercentSignInsideALineOrInCodeIsText() {
		String html = lessons.html("""
				Fees rose 5 % this year.

				```
				% a TeX comment in code
				```

				    % indented code
				""");

		assertThat(html).contains("<p>Fees rose 5 % this year.</p>").contains("<pre><code>% a TeX comment in code\n</code></pre>")
			.contains("<pre><code>% indented code\n</code></pre>");
	}
}
