package io.lectern.content.internal.render.myst;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Sphinx's only and todo directives, as a portal building HTML reads them. */
class OnlyDirectiveTest {

	private final Lessons lessons = new Lessons();

	@Test
	void theBodyIsInThePageWhenItsExpressionHoldsForAnHtmlBuild() {
		String html = lessons.html("""
				```{only} html
				Read it *online*.
				```

				```{only} latex
				Turn the page.
				```

				```{only} not latex and (html or epub)
				Both.
				```
				""");

		assertThat(html).contains("Read it <em>online</em>.").contains("Both.").doesNotContain("Turn the page");
		assertThat(lessons.warnings).isEmpty();
	}

	@Test
	void tagExpressionsCombineAsSphinxReadsThem() {
		assertThat(OnlyDirective.holds("format_html")).isTrue();
		assertThat(OnlyDirective.holds("builder_html or jupyter")).isTrue();
		assertThat(OnlyDirective.holds("html and jupyter")).isFalse();
		assertThat(OnlyDirective.holds("not (latex or epub)")).isTrue();
		assertThat(OnlyDirective.holds("(html")).isFalse();
		assertThat(OnlyDirective.holds("")).isFalse();
	}

	@Test
	void aTodoIsLeftOutAsSphinxLeavesItOutOfABook() {
		String html = lessons.html("Before.\n\n```{todo}\nCheck the figures.\n```\n\n```{todolist}\n```\n\nAfter.\n");

		assertThat(html).isEqualTo("<p>Before.</p>\n<p>After.</p>\n");
		assertThat(lessons.warnings).isEmpty();
	}
}
