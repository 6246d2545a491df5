package io.lectern.content.internal.render.myst;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * MyST's index entries. An {@code index} directive only adds entries to an index page, which
 * Lectern has not, so it shows nothing (and is no unknown directive); the {@code {index}} role shows
 * its text where it stands.
 */
class IndexEntriesTest {

	private final Lessons lessons = new Lessons();

	@Test
	void anIndexDirectiveShowsNothingWhateverItsForm() {
		String html = lessons.html("""
				```{index} single: least privilege
				```

				:::{index}
				pair: role; policy
				see: IAM; identity
				:::

				Text.
				""");

		assertThat(html).isEqualTo("<p>Text.</p>\n");
		assertThat(lessons.warnings).isEmpty();
	}

	@Test
	void aLabelledIndexEntryIsATargetStill() {
		String html = lessons.html("""
				:::{index} access keys
				:name: keys-entry
				:::

				Keys. Back to [the entry](#keys-entry).
				""");

		assertThat(html).contains("<span id=\"keys-entry\"></span>")
			.contains("Back to <a href=\"#keys-entry\" class=\"reference\">the entry</a>.");
		assertThat(lessons.warnings).isEmpty();
	}

	@Test
	void theIndexRoleShowsItsTextAndNotTheEntryItAdds() {
		String html = lessons.html("Use {index}`roles` and {index}`short-lived keys <pair: keys; rotation>` instead.");

		assertThat(html).isEqualTo("<p>Use roles and short-lived keys instead.</p>\n");
		assertThat(lessons.warnings).isEmpty();
	}
}
