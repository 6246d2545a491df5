package io.lectern.content.internal.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The page shows a lesson's title above its body, so the body's first heading, when it is that
 * title, is not shown again: even when a margin note, a target or an index entry comes before it,
 * as Jupyter Book pages often open.
 */
class TitleHeadingTest {

	private static final LinkResolver LINKS = new LinkResolver() {
		@Override
		public Optional<String> link(String destination, int line) {
			return Optional.of(destination);
		}

		@Override
		public Optional<String> image(String source, int line) {
			return Optional.of(source);
		}
	};

	private static String html(String markdown) {
		return new MarkdownRenderer().render(markdown, "Key rotation", 1, LINKS).html();
	}

	@Test
	void theTitleHeadingAfterAMarginNoteAndATargetIsNotShownTwice() {
		String html = html("""
				```{margin}
				Work on a copy.
				```

				(rotation)=
				```{index} single: keys
				```

				# Key rotation

				Rotate keys every 90 days.

				## Steps
				""");

		assertThat(html).contains("Work on a copy.").contains("<p>Rotate keys every 90 days.</p>")
			.doesNotContain("<h1").contains("<h2 id=\"steps\">");
	}

	@Test
	void aFirstHeadingThatIsNotTheTitleStays() {
		assertThat(html("Intro.\n\n# Key rotation in practice\n\nText.\n")).contains("<h1 id=\"key-rotation-in-practice\">");
		assertThat(html("## Key rotation\n\n# Key rotation\n")).contains("<h2").contains("<h1");
	}
}
