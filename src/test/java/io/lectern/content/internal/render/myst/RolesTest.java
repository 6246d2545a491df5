package io.lectern.content.internal.render.myst;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RolesTest {

	private final Lessons lessons = new Lessons();

	@Test
	void formattingRolesBecomeTheirElements() {
		String html = lessons.html("H{sub}`2`O, x{sup}`2`, press {kbd}`Ctrl+C`, {u}`underlined`, {del}`gone`, {delete}`away`, {strike}`out`.");

		assertThat(html).contains("H<sub>2</sub>O").contains("x<sup>2</sup>").contains("<kbd>Ctrl+C</kbd>")
			.contains("<u>underlined</u>").contains("<del>gone</del>").contains("<del>away</del>").contains("<del>out</del>");
		assertThat(lessons.warnings).isEmpty();
	}

	@Test
	void anAbbreviationCarriesItsExpansionAsTitle() {
		String html = lessons.html("Set a {abbr}`CSP (Content Security Policy)` header.");

		assertThat(html).contains("<abbr title=\"Content Security Policy\">CSP</abbr>");
	}

	@Test
	void codeAndLiteralRolesAreInlineCodeAndNeverMarkdown() {
		String html = lessons.html("Run {code}`aws *s3* ls` or {literal}`x_y_z`.");

		assertThat(html).contains("<code>aws *s3* ls</code>").contains("<code>x_y_z</code>");
	}

	@Test
	void contentMayHoldBackticksWhenDelimitedByMore() {
		String html = lessons.html("{code}``a`b``");

		assertThat(html).contains("<code>a`b</code>");
	}

	@Test
	void theMathRoleIsTypesetAsDollarMathIs() {
		String role = lessons.html("Energy {math}`E = mc^2 < \\infty`.");
		String dollars = lessons.html("Energy $E = mc^2 < \\infty$.");

		assertThat(role).startsWith("<p>Energy <math>").contains("<mo>&lt;</mo>").isEqualTo(dollars);
		assertThat(lessons.warnings).isEmpty();
	}

	@Test
	void programObjectsOfSphinxDomainsShowAsCode() {
		String html = lessons.html("Call {py:func}`~boto3.session.Session.client` or {py:class}`dict`.");

		assertThat(html).contains("<code>client</code>").contains("<code>dict</code>");
		assertThat(lessons.warnings).isEmpty();
	}

	@Test
	void aDownloadRoleLinksToTheFileThroughTheLessonsLinks() {
		String html = lessons.html("Get {download}`the policy <files/policy.json>` or {download}`files/data.csv`.");

		assertThat(html).contains("<a href=\"files/policy.json\">the policy</a>").contains("<a href=\"files/data.csv\">data.csv</a>");
	}

	@Test
	void aChemicalFormulaHasItsNumbersLoweredAndItsChargesRaised() {
		String html = lessons.html("Water is {chem}`H2O`, sulfate {chem}`SO4-2`, ammonium {chem}`NH4+`.");

		assertThat(html).contains("Water is <span class=\"chemical-formula\">H<sub>2</sub>O</span>")
			.contains("sulfate <span class=\"chemical-formula\">SO<sub>4</sub>⁻<sub>2</sub></span>")
			.contains("ammonium <span class=\"chemical-formula\">NH<sub>4</sub>⁺</span>");
		assertThat(lessons.warnings).isEmpty();
	}

	@Test
	void aQuantityInSiUnitsShowsItsSymbolsTitledWithTheirNames() {
		String html = lessons.html("Run {si}`5 <\\kilo\\metre>` at {si}`-3.5<\\degreeCelsius>`, then {si}`2 <\\mega\\watt\\hour>`.");

		assertThat(html).contains("Run <span class=\"si-quantity\" title=\"5 kilo metre\">5\u00a0km</span>")
			.contains("at <span class=\"si-quantity\" title=\"-3.5 degreeCelsius\">-3.5\u00a0°C</span>")
			.contains("<span class=\"si-quantity\" title=\"2 mega watt hour\">2\u00a0MWh</span>");
		assertThat(lessons.warnings).isEmpty();
	}

	@Test
	void aQuantityWithoutUnitCommandsShowsAsWrittenAndIsReported() {
		String html = lessons.html("About {si}`five km` away.");

		assertThat(html).contains("<p>About five km away.</p>");
		assertThat(lessons.warnings).containsExactly("1: {si} needs a number, then units as siunitx commands, "
				+ "as in 9.81 <\\metre\\per\\second>: \"five km\" is shown as text");
	}

	@Test
	void smallCapitalsAreMarkedAndRawLatexIsLeftToLatexExports() {
		String html = lessons.html("In {smallcaps}`Principia`, {sc}`Newton`{raw:latex}`\\newpage` wrote{raw:typst}`#pagebreak()`.");

		assertThat(html).contains("In <span class=\"smallcaps\">Principia</span>, <span class=\"smallcaps\">Newton</span> wrote.");
		assertThat(lessons.warnings).isEmpty();
	}

	@Test
	void anUnknownRoleShowsItsContentAndIsReportedAtItsLine() {
		String html = lessons.html("First line.\n\nSee {sparkle}`this text` here.");

		assertThat(html).contains("<p>See this text here.</p>");
		assertThat(lessons.warnings).containsExactly("3: Unknown role {sparkle}: its content is shown as text");
	}

	@Test
	void anUnknownRoleWithAnExplicitTitleShowsTheTitleAlone() {
		String html = lessons.html("Read about {myst:directive}`call-out boxes <admonition>` first.");

		assertThat(html).contains("<p>Read about call-out boxes first.</p>");
		assertThat(lessons.warnings).containsExactly("1: Unknown role {myst:directive}: its content is shown as text");
	}

	@Test
	void braceTextThatIsNoRoleStaysAsWritten() {
		String html = lessons.html("A set {1, 2} and {name} alone, and `{ref}` in code.");

		assertThat(html).contains("A set {1, 2} and {name} alone, and <code>{ref}</code> in code.");
		assertThat(lessons.warnings).isEmpty();
	}

	@Test
	void aCitationWithoutBibliographyShowsItsKeyAndIsReported() {
		String html = lessons.html("As shown {cite}`smith2020,doe2021`.");

		assertThat(html).contains("As shown (smith2020; doe2021).");
		assertThat(lessons.warnings).containsExactly("1: Citation \"smith2020\" is in no bibliography of the course",
				"1: Citation \"doe2021\" is in no bibliography of the course");
	}

	@Test
	void aTermWithNoGlossaryShowsItsTextAndIsReported() {
		String html = lessons.html("An {term}`IAM role` is assumed.");

		assertThat(html).contains("An IAM role is assumed.");
		assertThat(lessons.warnings).containsExactly("1: Term \"iam-role\" is in no glossary of the course");
	}

	@Test
	void aButtonIsALinkThatLooksLikeOneToALessonOrAnotherSite() {
		String html = lessons.html("{button}`Get started <start.md>` or {button}`https://mystmd.org`");

		assertThat(html).contains("<span class=\"button-link\"><a href=\"start.md\">Get started</a></span>",
				"<span class=\"button-link\"><a href=\"https://mystmd.org\">https://mystmd.org</a></span>");
		assertThat(lessons.warnings).isEmpty();
	}
}
