package io.lectern.content.internal.render.myst;

import static org.assertj.core.api.Assertions.assertThat;

import io.lectern.content.Numbering;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * Subequations as mystmd numbers them: a {@code subequations} group takes the next equation number,
 * each equation in it a letter after that number (the lines of an {@code align} one each), and
 * mystmd's {@code subequation} numbering settings and {@code {subEnumerator}} apply to them.
 */
class SubequationsTest {

	private final Lessons lessons = new Lessons();

	/** Newton's laws for a falling body, written as a physics lesson would. */
	private static final String MOTION = """
			$$ F = m a $$ (newton)

			\\begin{subequations}
			\\label{motion}
			\\begin{align}
			v &= v_0 + g t \\label{velocity} \\\\
			x &= x_0 + v_0 t + \\tfrac{1}{2} g t^2 \\label{position} \\\\
			v^2 &= v_0^2 + 2 g (x - x_0) \\nonumber
			\\end{align}
			\\end{subequations}

			$$ E = \\tfrac{1}{2} m v^2 $$ (energy)

			The group is [](#motion), its lines [](#velocity) and {eq}`position`; then comes {eq}`energy`.
			""";

	@Test
	void aSubequationsGroupTakesTheNextNumberAndEachLineOfItsAlignALetter() {
		String html = lessons.html(MOTION);

		assertThat(html).containsSubsequence(
				"<div class=\"math-display\" id=\"newton\">", "<span class=\"equation-number\">(1)</span>",
				"<div class=\"math-subequations\" id=\"motion\">",
				"<div class=\"math-display\" id=\"velocity\">", "v &amp;&#61; v_0 &#43; g t\\end{align*}", "<span class=\"equation-number\">(2a)</span>",
				"<div class=\"math-display\" id=\"position\">", "<span class=\"equation-number\">(2b)</span>",
				"<div class=\"math-display\">", "2 g (x - x_0)", "</math></div></div>",
				"<div class=\"math-display\" id=\"energy\">", "<span class=\"equation-number\">(3)</span>");
		assertThat(html).doesNotContain("(2c)").doesNotContain("\\label").doesNotContain("subequations}");
	}

	@Test
	void referencesToTheGroupShowItsNumberAndToALineTheLetteredOne() {
		String html = lessons.html(MOTION);

		assertThat(html).contains("The group is <a href=\"#motion\" class=\"reference\">(2)</a>, its lines "
				+ "<a href=\"#velocity\" class=\"reference\">(2a)</a> and <a href=\"#position\" class=\"reference\">(2b)</a>; "
				+ "then comes <a href=\"#energy\" class=\"reference\">(3)</a>.");
		assertThat(lessons.warnings).isEmpty();
	}

	@Test
	void eachEnvironmentInsideTheGroupIsOneSubequationAndEqrefInsideAFormulaShowsTheLetter() {
		String html = lessons.html("""
				\\begin{subequations}
				\\begin{equation}
				\\nabla \\cdot E = \\rho / \\varepsilon_0 \\label{gauss}
				\\end{equation}
				\\begin{equation}
				\\nabla \\cdot B = 0 \\label{no-monopoles}
				\\end{equation}
				\\end{subequations}

				Together $\\eqref{gauss}$ and $\\eqref{no-monopoles}$ are Gauss's laws.
				""");

		assertThat(html).containsSubsequence("<div class=\"math-subequations\" id=\"equation-1\">",
				"id=\"gauss\"", "(1a)</span>", "id=\"no-monopoles\"", "(1b)</span>",
				"<a class=\"equation-reference\" href=\"#gauss\">(1a)</a>",
				"<a class=\"equation-reference\" href=\"#no-monopoles\">(1b)</a>");
	}

	@Test
	void theSubequationSettingsGiveTheTemplateOrSwitchTheLettersOff() {
		String templated = lessons.html(MOTION, NumberingSettings.of(new Numbering(Optional.empty(),
				Map.of("subequation", new Numbering.Item(Optional.empty(), OptionalInt.empty(), Optional.empty(),
						Optional.of("Eq. {number}, line {subEnumerator}"))), Optional.empty())));
		assertThat(templated).contains("<a href=\"#velocity\" class=\"reference\">Eq. 2a, line 2a</a>")
			.contains("<a href=\"#motion\" class=\"reference\">(2)</a>");

		String unlettered = lessons.html(MOTION, NumberingSettings.of(new Numbering(Optional.empty(),
				Map.of("subequation", Numbering.Item.enabled(false)), Optional.empty())));
		assertThat(unlettered).doesNotContain("(2a)").contains("(3)</span>")
			.contains("<div class=\"math-subequations\" id=\"motion\">");
	}

	@Test
	void anEnumeratorWritesTheLetterAfterTheWholeNumber() {
		String html = lessons.html(MOTION, NumberingSettings.of(new Numbering(Optional.empty(), Map.of(), Optional.of("A.%s"))));

		assertThat(html).contains("(A.2a)</span>").contains("(A.3)</span>");
	}

	@Test
	void labelsInsideAGroupBecomeSafeIdsWhateverTheyHold() {
		String html = lessons.html("""
				\\begin{subequations}
				\\label{"><img src=x onerror=alert(1)>}
				\\begin{align}
				a &= b \\label{" onmouseover="alert(2)}
				\\end{align}
				\\end{subequations}
				""");

		assertThat(html).doesNotContain("<img").doesNotContain("onerror=").doesNotContain("onmouseover=\"")
			.contains("<div class=\"math-subequations\" id=\"img-src-x-onerror-alert-1\">")
			.contains("id=\"onmouseover-alert-2\"");
	}
}
