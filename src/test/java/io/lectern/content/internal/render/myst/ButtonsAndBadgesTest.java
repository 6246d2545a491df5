package io.lectern.content.internal.render.myst;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** sphinx-design's buttons, badges and icons, as its documentation writes them. */
class ButtonsAndBadgesTest {

	private final Lessons lessons = new Lessons();

	@Test
	void aLinkButtonShowsItsTextOrElseItsAddress() {
		String html = lessons.html("""
				```{button-link} https://example.com
				```

				```{button-link} https://example.com
				:color: primary
				:shadow:

				Open *the* example
				```
				""");

		assertThat(html).contains("<p><span class=\"button-link\"><a href=\"https://example.com\">https://example.com</a></span></p>")
			.contains("<p><span class=\"button-link\"><a href=\"https://example.com\">Open <em>the</em> example</a></span></p>");
		assertThat(lessons.warnings).isEmpty();
	}

	@Test
	void aReferenceButtonLeadsToALabelShowingItsTitleOrTheButtonsText() {
		String html = lessons.html("""
				(buttons)=
				## Buttons

				```{button-ref} buttons
				:ref-type: ref
				:color: info
				```

				```{button-ref} buttons
				:ref-type: myst
				:expand:

				**Back** to buttons
				```
				""");

		assertThat(html).contains("<p><span class=\"button-link\"><a href=\"#buttons\" class=\"reference\">Buttons</a></span></p>")
			.contains("<p><span class=\"button-link button-expand\"><a href=\"#buttons\" class=\"reference\"><strong>Back</strong> to buttons</a></span></p>");
		assertThat(lessons.warnings).isEmpty();
	}

	@Test
	void anAlignedButtonIsPlacedInItsColumn() {
		String html = lessons.html("```{button-link} https://example.com\n:align: center\n\nGo\n```\n");

		assertThat(html).startsWith("<div class=\"button-align-center\">\n<p><span class=\"button-link\">");
	}

	@Test
	void badgesAreFilledOrOutlinedInTheirColourAndMayLink() {
		String html = lessons.html("""
				{bdg}`plain badge`, {bdg-success}`passed`, {bdg-danger-line}`failed`,
				{bdg-link-primary}`https://example.com`, {bdg-link-info-line}`docs <https://example.com/docs>`.
				""");

		assertThat(html).contains("<span class=\"badge badge-plain\">plain badge</span>")
			.contains("<span class=\"badge badge-success\">passed</span>")
			.contains("<span class=\"badge badge-danger badge-line\">failed</span>")
			.contains("<span class=\"badge badge-primary\"><a href=\"https://example.com\">https://example.com</a></span>")
			.contains("<span class=\"badge badge-info badge-line\"><a href=\"https://example.com/docs\">docs</a></span>");
		assertThat(lessons.warnings).isEmpty();
	}

	@Test
	void iconsFromSetsThePortalDoesNotBundleAreLeftOutQuietly() {
		String html = lessons.html("Ready {octicon}`rocket;1em;sd-text-info` and {fas}`spinner` and {material-regular}`settings;3em`.");

		assertThat(html).isEqualTo("<p>Ready  and  and .</p>\n");
		assertThat(lessons.warnings).isEmpty();
	}
}
