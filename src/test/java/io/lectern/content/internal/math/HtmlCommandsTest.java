package io.lectern.content.internal.math;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** MathJax's \class, \cssId and \style, and KaTeX's \html… commands, keep the mathematics they dress. */
class HtmlCommandsTest {

	@Test
	void theDressingGoesAndWhatItDressedIsTypeset() {
		// TU Delft's Calculus book marks a common error so: the formula must still read.
		String html = Formulas.uncached().render("(f g)'(x)=f'(x)g'(x)\\qquad \\left(\\class{tud-red}{\\textbf{INCORRECT}}\\right)", true)
			.html();

		assertThat(html).contains("INCORRECT").doesNotContain("tud-red</").doesNotContain("class=\"tud-red\"")
			.doesNotContain("tml-error");
		assertThat(HtmlCommands.dropped("\\cssId{a}{x} + \\style{color:{red}}{y^{2}} + \\htmlData{k=v}{z}"))
			.isEqualTo("{x} + {y^{2}} + {z}");
		assertThat(HtmlCommands.dropped("\\class{unclosed")).isEqualTo("\\class{unclosed");
	}
}
