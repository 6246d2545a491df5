package io.lectern.content.internal.render.myst;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FootnotesAndDefinitionListsTest {

	private final Lessons lessons = new Lessons();

	@Test
	void footnotesGoToTheEndWithLinksBothWays() {
		String html = lessons.html("""
				Keys rotate[^1] and roles expire[^note].

				[^1]: Every 90 days.
				[^note]: After an hour, by default.

				More text.
				""");

		assertThat(html).contains("rotate<sup class=\"footnote-ref\"><a href=\"#fn-1\" id=\"fnref-1\"")
			.contains("expire<sup class=\"footnote-ref\"><a href=\"#fn-note\" id=\"fnref-note\"")
			.contains("<section class=\"footnotes\"").contains("<li id=\"fn-1\">")
			.contains("<a href=\"#fnref-1\" class=\"footnote-backref\"");
		assertThat(html.indexOf("More text.")).isLessThan(html.indexOf("Every 90 days."));
	}

	@Test
	void footnoteLabelsOfAnyCharacterBecomeSafeIds() {
		String html = lessons.html("Odd[^a\"b<c>].\n\n[^a\"b<c>]: Note.");

		assertThat(html).contains("<li id=\"fn-a-b-c\">").contains("href=\"#fn-a-b-c\"").doesNotContain("&quot;b");
	}

	@Test
	void footnotesKeepTheirIdsInALessonWithRawHtml() {
		String html = lessons.html("<b>Raw</b> text[^1].\n\n[^1]: The note.");

		assertThat(html).contains("<a href=\"#fn-1\" id=\"fnref-1\">").contains("<li id=\"fn-1\">")
			.contains("<section class=\"footnotes\">");
	}

	@Test
	void aTermAndItsDefinitionsBecomeADefinitionList() {
		String html = lessons.html("""
				Principal
				: Someone or something that can act in AWS.

				Policy
				: A document of permissions.
				: Attached to a principal or a resource.

				After.
				""");

		assertThat(html).contains("<dl>\n<dt>Principal</dt>\n<dd>Someone or something that can act in AWS.</dd>\n"
				+ "<dt>Policy</dt>\n<dd>A document of permissions.</dd>\n<dd>Attached to a principal or a resource.</dd>\n</dl>")
			.contains("<p>After.</p>");
	}

	@Test
	void aDefinitionHoldsIndentedBlocksAndATermMayHaveMarkup() {
		String html = lessons.html("""
				The *root* user
				: Has every permission.

				  Lock it away:

				  - enable MFA
				""");

		assertThat(html).contains("<dt>The <em>root</em> user</dt>")
			.contains("<dd>\n<p>Has every permission.</p>\n<p>Lock it away:</p>\n<ul>\n<li>enable MFA</li>\n</ul>\n</dd>");
	}

	@Test
	void aBlankLineMayStandBetweenTermAndDefinition() {
		String html = lessons.html("Term\n\n: Its definition.");

		assertThat(html).contains("<dl>\n<dt>Term</dt>\n<dd>Its definition.</dd>\n</dl>");
	}

	@Test
	void aColonInsideAParagraphIsNoDefinition() {
		String html = lessons.html("Ratio 1:2 and\nnote: this stays.");

		assertThat(html).doesNotContain("<dl>").contains("<p>Ratio 1:2 and\nnote: this stays.</p>");
	}
}
