package io.lectern.content.internal.math;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A comma between digits is TeX's punctuation, spaced as MathJax and KaTeX space it, except in text and {,}. */
class DigitCommasTest {

	@Test
	void anIntervalsCommaIsPunctuationFollowedByItsSpace() {
		String html = Formulas.uncached().render("\\alpha \\in (0,1)", false).html();

		assertThat(html).contains("<mn>0</mn><mo separator=\"true\">,</mo><mn>1</mn>")
			.contains("<annotation encoding=\"application/x-tex\">\\alpha \\in (0,1)</annotation>");
	}

	@Test
	void aBracedCommaStaysInsideItsNumberAndTextKeepsItsCommas() {
		assertThat(DigitCommas.spaced("1{,}000 + \\text{in 2,3 steps} + \\mathrm{f}(2,3) + x_{1,2}"))
			.isEqualTo("1{,}000 + \\text{in 2,3 steps} + \\mathrm{f}(2, 3) + x_{1, 2}");
		assertThat(DigitCommas.spaced("a\\,1,2\\{3,4\\}")).isEqualTo("a\\,1, 2\\{3, 4\\}");
		assertThat(Formulas.uncached().render("1{,}000", false).html()).contains("<mn>1,000</mn>");
	}
}
