package io.lectern.content.internal.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.lectern.content.Heading;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RenderingTest {

	private final MarkdownRenderer renderer = new MarkdownRenderer();

	/** Passes every destination through and remembers on which lines links were written. */
	private final List<Integer> linkLines = new ArrayList<>();

	private final LinkResolver asWritten = new LinkResolver() {
		@Override
		public Optional<String> link(String destination, int line) {
			linkLines.add(line);
			return Optional.of(destination);
		}

		@Override
		public Optional<String> image(String source, int line) {
			return Optional.of(source);
		}
	};

	private RenderedLesson render(String markdown) {
		return renderer.render(markdown, "Lesson", 1, asWritten);
	}

	@Test
	void gfmTablesRenderWithAlignment() {
		String html = render("""
				| Layer | Who |
				|:------|----:|
				| Data  | You |
				""").html();

		assertThat(html).contains("<table>").contains("<th align=\"left\">Layer</th>").contains("<td align=\"right\">You</td>");
	}

	@Test
	void strikethroughAutolinksAndTaskLists() {
		String html = render("""
				~~old~~ see https://aws.amazon.com/iam/

				- [x] enable MFA
				- [ ] delete access keys
				""").html();

		assertThat(html).contains("<del>old</del>")
			.contains("<a href=\"https://aws.amazon.com/iam/\">https://aws.amazon.com/iam/</a>")
			.contains("<li><input type=\"checkbox\" disabled=\"\" checked=\"\"> enable MFA</li>")
			.contains("<li><input type=\"checkbox\" disabled=\"\"> delete access keys</li>");
	}

	@Test
	void headingsGetStableIdsAnAnchorLinkAndAnOutline() {
		RenderedLesson lesson = render("""
				# Title
				## Users & Groups
				### Roles (temporary)
				## Users & Groups
				#### Too deep for the outline
				""");

		assertThat(lesson.html()).contains("<h2 id=\"users-groups\">Users &amp; Groups <a")
			.contains("<a href=\"#users-groups\" class=\"heading-anchor\" aria-label=\"Link to section: Users &amp; Groups\">#</a></h2>")
			.contains("<h2 id=\"users-groups-1\">");
		assertThat(lesson.headings()).containsExactly(new Heading(2, "users-groups", "Users & Groups"),
				new Heading(3, "roles-temporary", "Roles (temporary)"), new Heading(2, "users-groups-1", "Users & Groups"));
	}

	@Test
	void githubAdmonitionsBecomeLabelledNotes() {
		String html = render("""
				> [!WARNING]
				> Lose an **SSE-C** key and the data is gone.

				> [!tip]
				> Use groups.

				> Just a quote.
				""").html();

		assertThat(html).contains("<div class=\"admonition admonition-warning\" role=\"note\">"
				+ "<p class=\"admonition-title\">Warning</p>")
			.contains("Lose an <strong>SSE-C</strong> key and the data is gone.")
			.contains("<div class=\"admonition admonition-tip\" role=\"note\">")
			.contains("<blockquote>")
			.doesNotContain("[!WARNING]");
	}

	@Test
	void fencedCodeKeepsItsLanguageClass() {
		String html = render("```json\n{\"Effect\": \"Allow\"}\n```\n").html();

		assertThat(html).contains("<pre><code class=\"language-json\">{&quot;Effect&quot;: &quot;Allow&quot;}");
	}

	@Test
	void rawHtmlIsKeptWhenItIsOnTheAllowlist() {
		String html = render("<details><summary>Hint</summary>\n\nUse a <kbd>role</kbd>.\n\n</details>\n").html();

		assertThat(html).contains("<details><summary>Hint</summary>").contains("<kbd>role</kbd>");
	}

	@Test
	void aLeadingHeadingThatRepeatsTheTitleIsDropped() {
		assertThat(render("# lesson\n\nText\n").html()).doesNotContain("<h1").contains("<p>Text</p>");
		assertThat(render("# Another title\n\nText\n").html()).contains("<h1 id=\"another-title\">");
		assertThat(render("Intro\n\n# Lesson\n").html()).contains("<h1 id=\"lesson\">");
	}

	@Test
	void readingTimeCountsWordsAtTwoHundredAMinute() {
		assertThat(render("word ".repeat(450)).readingMinutes()).isEqualTo(3);
		assertThat(render("short").readingMinutes()).isEqualTo(1);
	}

	@Test
	void linksReportTheLineTheyAreWrittenOn() {
		renderer.render("Intro\n\nText [a](a.md)\nmore [b](b.md)\n", "Lesson", 10, asWritten);

		assertThat(linkLines).containsExactly(12, 13);
	}

	@Test
	void imagesFromOtherSitesBecomeLinksWithTheirAltText() {
		String html = render("![Service models](https://example.org/models.png)\n\n![Local](images/local.png)\n").html();

		assertThat(html).contains("<a href=\"https://example.org/models.png\" class=\"remote-image\">Image: Service models</a>")
			.contains("<img src=\"images/local.png\" alt=\"Local\" />")
			.doesNotContain("<img src=\"https:");
	}

	@Test
	void aRemoteImageInsideALinkKeepsOnlyItsText() {
		String html = render("[![Open in Colab](https://example.org/badge.svg)](https://example.org/nb)\n\n"
				+ "<a href=\"https://example.org/x\"><img src=\"//example.org/y.png\" alt=\"Raw\"></a>\n").html();

		assertThat(html).contains("<a href=\"https://example.org/nb\"><span class=\"remote-image\">Image: Open in Colab</span></a>")
			.contains("<a href=\"https://example.org/x\"><span class=\"remote-image\">Image: Raw</span></a>")
			.doesNotContain("<img");
	}
}
