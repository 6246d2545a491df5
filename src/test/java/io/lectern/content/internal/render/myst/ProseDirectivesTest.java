package io.lectern.content.internal.render.myst;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProseDirectivesTest {

	private final Lessons lessons = new Lessons();

	@Test
	void anEpigraphIsAQuoteWhoseTrailingDashParagraphIsItsAttribution() {
		String html = lessons.html("""
				```{epigraph}
				Security is a process, not a product.

				-- Bruce Schneier
				```
				""");

		assertThat(html).isEqualTo("<blockquote class=\"epigraph\">\n<p>Security is a process, not a product.</p>\n"
				+ "<p class=\"attribution\">\u2014 Bruce Schneier</p>\n</blockquote>\n");
	}

	@Test
	void pullQuotesAndHighlightsAreQuotesToo() {
		String html = lessons.html("""
				:::{pull-quote}
				Least privilege.
				:::
				:::{highlights}
				- one
				:::
				""");

		assertThat(html).contains("<blockquote class=\"pull-quote\">\n<p>Least privilege.</p>\n</blockquote>")
			.contains("<blockquote class=\"highlights\">\n<ul>");
	}

	@Test
	void aGlossaryInSphinxFormGivesEachTermAnIdForTermReferences() {
		String html = lessons.html("""
				```{glossary}
				IAM
				Identity and Access Management
				  The service that decides *who* may do what.

				  It is global.

				KMS
				  Key Management Service.
				```
				""");

		assertThat(html).isEqualTo("""
				<dl class="glossary">
				<dt id="term-iam">IAM</dt>
				<dt id="term-identity-and-access-management">Identity and Access Management</dt>
				<dd>
				<p>The service that decides <em>who</em> may do what.</p>
				<p>It is global.</p>
				</dd>
				<dt id="term-kms">KMS</dt>
				<dd>
				<p>Key Management Service.</p>
				</dd>
				</dl>
				""");
	}

	@Test
	void aGlossaryWrittenAsADefinitionListReadsTheSame() {
		String html = lessons.html("""
				:::{glossary}
				MyST
				: Markedly Structured Text

				Role
				: Inline markup with a name
				:::
				""");

		assertThat(html).containsSubsequence("<dt id=\"term-myst\">MyST</dt>", "<dd>", "<p>Markedly Structured Text</p>",
				"<dt id=\"term-role\">Role</dt>", "<p>Inline markup with a name</p>");
	}

	/** Project Pythia's glossary links some terms to their project; each is keyed by its text, as Sphinx and mystmd key it. */
	@Test
	void aTermWrittenAsALinkIsKeyedByItsText() {
		String html = lessons.html("""
				:::{glossary}
				[Binder](https://jupyter.org/binder)
				: A service, run by {term}`BinderHub`.

				BinderHub
				: What powers {term}`Binder`.
				:::
				""");

		assertThat(html).contains("<dt id=\"term-binder\"><a href=\"https://jupyter.org/binder\">Binder</a></dt>")
			.contains("<a href=\"#term-binder\" class=\"reference\">Binder</a>")
			.contains("<a href=\"#term-binderhub\" class=\"reference\">BinderHub</a>");
		assertThat(lessons.warnings).isEmpty();
	}

	@Test
	void marginSidebarAndAsideBecomeAsidesWithTheirTitle() {
		String html = lessons.html("""
				:::{margin} By the way
				A note beside the text.
				:::

				```{sidebar}
				No title.
				```
				""");

		assertThat(html).contains("<aside class=\"aside aside-margin\">\n<p class=\"aside-title\">By the way</p>\n"
				+ "<p>A note beside the text.</p>\n</aside>")
			.contains("<aside class=\"aside aside-sidebar\">\n<p>No title.</p>\n</aside>");
	}

	@Test
	void topicRubricCenteredAndDivAreSimpleBlocks() {
		String html = lessons.html("""
				```{topic} In short
				Three ideas.
				```

				```{rubric} Further *reading*
				```

				```{centered} THE END
				```

				:::{div} wide
				Inside.
				:::
				""");

		assertThat(html).contains("<div class=\"topic\">\n<p class=\"aside-title\">In short</p>\n<p>Three ideas.</p>\n</div>")
			.contains("<p class=\"rubric\">Further <em>reading</em></p>")
			.contains("<p class=\"centered\">THE END</p>")
			.contains("<div class=\"wide\">\n<p>Inside.</p>\n</div>");
	}

	@Test
	void versionNotesSayWhatChangedInWhichVersion() {
		String html = lessons.html("""
				```{versionadded} 2.1
				Tags on roles.
				```

				```{deprecated} 3.0 Use roles instead
				```
				""");

		assertThat(html).contains("<div class=\"version-note versionadded\">\n<p><span class=\"version-label\">New in version 2.1"
				+ "</span></p>\n<p>Tags on roles.</p>\n</div>")
			.contains("<span class=\"version-label\">Deprecated since version 3.0</span>: Use roles instead</p>");
	}

	@Test
	void rawHtmlPassesTheSanitizerAndOtherFormatsShowNothing() {
		String html = lessons.html("""
				```{raw} html
				<span class="x">kept</span><script>alert(1)</script>
				```

				```{raw} latex
				\\newpage
				```
				""");

		assertThat(html).contains("<span class=\"x\">kept</span>").doesNotContain("script", "newpage");
	}
}
