package io.lectern.content.internal.render.myst;

import static org.assertj.core.api.Assertions.assertThat;

import io.lectern.content.Heading;
import io.lectern.content.internal.render.Labelled;
import io.lectern.content.internal.render.RenderedLesson;
import org.junit.jupiter.api.Test;

/** References within one lesson; those between lessons of a course are in CrossReferencesAcrossLessonsTest. */
class ReferencesTest {

	private final Lessons lessons = new Lessons();

	@Test
	void aLabelledHeadingTakesItsIdFromTheLabelAndIsATarget() {
		RenderedLesson lesson = lessons.render("""
				(sec-keys)=
				## Access keys

				Text.
				""");

		assertThat(lesson.html()).contains("<h2 id=\"sec-keys\">Access keys <a href=\"#sec-keys\"").doesNotContain("(sec-keys)=");
		assertThat(lesson.headings()).containsExactly(new Heading(2, "sec-keys", "Access keys"));
		assertThat(lesson.targets()).containsExactly(new Target("sec-keys", "sec-keys", Labelled.Kind.HEADING, "", "Section %s", "Access keys", 2));
	}

	@Test
	void everyLinkFormOfAReferenceShowsTheHeadingTitleWhenItHasNoText() {
		String html = lessons.html("""
				(sec-keys)=
				## Access keys

				See [](#sec-keys), <project:#sec-keys>, @sec-keys and {ref}`sec-keys`.
				""");

		assertThat(html).contains("See <a href=\"#sec-keys\" class=\"reference\">Access keys</a>, "
				+ "<a href=\"#sec-keys\" class=\"reference\">Access keys</a>, "
				+ "<a href=\"#sec-keys\" class=\"reference\">Access keys</a> and "
				+ "<a href=\"#sec-keys\" class=\"reference\">Access keys</a>.");
		assertThat(lessons.warnings).isEmpty();
	}

	@Test
	void aReferenceWithItsOwnTextKeepsItsMarkup() {
		String html = lessons.html("""
				(sec-keys)=
				## Access keys

				Read [the **keys** part](#sec-keys), [this](project:#sec-keys) and {ref}`that part <sec-keys>`.
				""");

		assertThat(html).contains("<a href=\"#sec-keys\" class=\"reference\">the <strong>keys</strong> part</a>")
			.contains("<a href=\"#sec-keys\" class=\"reference\">this</a>")
			.contains("<a href=\"#sec-keys\" class=\"reference\">that part</a>");
	}

	@Test
	void labelsAreMatchedIgnoringCase() {
		String html = lessons.html("(Sec-Keys)=\n## Keys\n\n{ref}`sec-KEYS`");

		assertThat(html).contains("<a href=\"#sec-keys\" class=\"reference\">Keys</a>");
	}

	@Test
	void aLabelBeforeAParagraphIsAnAnchorOfItsOwn() {
		String html = lessons.html("""
				(rule-of-thumb)=
				Never share root credentials.

				Remember [the rule](#rule-of-thumb).
				""");

		assertThat(html).contains("<span id=\"rule-of-thumb\"></span>\n<p>Never share root credentials.</p>")
			.contains("<a href=\"#rule-of-thumb\" class=\"reference\">the rule</a>");
	}

	@Test
	void labelsAndTheirLinksSurviveTheSanitizerOfALessonWithRawHtml() {
		String html = lessons.html("""
				<kbd>raw</kbd>

				(rule-of-thumb)=
				Never share root credentials.

				(sec-a)=
				## A

				Remember [the rule](#rule-of-thumb) and @sec-a.
				""");

		assertThat(html).contains("<span id=\"rule-of-thumb\"></span>").contains("<h2 id=\"sec-a\">")
			.contains("<a href=\"#rule-of-thumb\" class=\"reference\">the rule</a>")
			.contains("<a href=\"#sec-a\" class=\"reference\">A</a>");
	}

	@Test
	void aMissingLabelIsReportedAtItsLineAndLeavesTheText() {
		String html = lessons.html("""
				Intro.

				See {ref}`nowhere`, {numref}`Figure %s <gone>`, [](#absent) and [the proof](#lost).
				""");

		assertThat(html).contains("See nowhere, Figure %s, absent and the proof.").doesNotContain("href=\"#lost\"");
		assertThat(lessons.warnings).containsExactly("3: Reference to a label that does not exist: nowhere",
				"3: Reference to a label that does not exist: gone", "3: Reference to a label that does not exist: absent",
				"3: Reference to a label that does not exist: lost");
	}

	@Test
	void anAtWordThatIsNoLabelStaysTextAndIsNotReported() {
		String html = lessons.html("Ask @octocat or mail someone@example.com about @sec.");

		assertThat(html).contains("Ask @octocat or mail <a href=\"mailto:someone@example.com\">someone@example.com</a> about @sec.");
		assertThat(lessons.warnings).isEmpty();
	}

	@Test
	void anAtReferenceLeavesTrailingPunctuationOutside() {
		String html = lessons.html("(intro)=\n## Intro\n\nAs in @intro.");

		assertThat(html).contains("As in <a href=\"#intro\" class=\"reference\">Intro</a>.");
	}

	@Test
	void aGitHubStyleLinkToAHeadingOfThePageWorksAsBefore() {
		String html = lessons.html("## Users & Groups\n\nSee [users](#users-groups).");

		assertThat(html).contains("See <a href=\"#users-groups\">users</a>.");
		assertThat(lessons.warnings).isEmpty();
	}

	@Test
	void anEmptyLinkToAnotherLessonShowsItsLastPathSegmentWhenRenderedAlone() {
		String html = lessons.html("Next: [](other.md) and <project:other.md>.");

		assertThat(html).contains("Next: <a href=\"other.md\" class=\"reference\">other.md</a> and "
				+ "<a href=\"other.md\" class=\"reference\">other.md</a>.");
	}

	@Test
	void aReferenceInsideALinkKeepsOnlyItsText() {
		String html = lessons.html("(a)=\n## Alpha\n\n[see {ref}`a`](https://example.org)");

		assertThat(html).contains("<a href=\"https://example.org\">see Alpha</a>");
	}

	@Test
	void placeholdersNeverReachAPageRenderedAlone() {
		String html = lessons.html("(a)=\n## A\n\n{ref}`a` {eq}`b` @c [](#d) {doc}`e.md`");

		assertThat(html).doesNotContain("lectern-xref");
	}

	@Test
	void wikipediaDoiAndRorLinksLeadToTheirSitesReadAsTheirTitle() {
		String html = lessons.html("""
				Waves from <wiki:cosmic_inflation>, [the big bang](wiki:Big_Bang), [](wiki:Hovercraft);
				data at <doi:10.5281/zenodo.6476040> from <ror:03rmrcq20>.
				""");

		assertThat(html).contains("<a href=\"https://en.wikipedia.org/wiki/cosmic_inflation\">cosmic inflation</a>",
				"<a href=\"https://en.wikipedia.org/wiki/Big_Bang\">the big bang</a>",
				"<a href=\"https://en.wikipedia.org/wiki/Hovercraft\">Hovercraft</a>",
				"<a href=\"https://doi.org/10.5281/zenodo.6476040\">10.5281/zenodo.6476040</a>",
				"<a href=\"https://ror.org/03rmrcq20\">03rmrcq20</a>");
		assertThat(lessons.warnings).isEmpty();
	}

	@Test
	void aLinkToAnotherSiteWithNoTextReadsAsItsAddress() {
		String html = lessons.html("See [](https://example.org/guide#setup) or write to [](mailto:help@example.org).");

		assertThat(html).contains("<a href=\"https://example.org/guide#setup\">https://example.org/guide#setup</a>",
				"<a href=\"mailto:help@example.org\">help@example.org</a>");
	}
}
