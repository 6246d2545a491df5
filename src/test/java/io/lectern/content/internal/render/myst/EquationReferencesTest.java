package io.lectern.content.internal.render.myst;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Display equations are numbered by the one numbering pass, and every way MyST names them reaches them. */
class EquationReferencesTest {

	private final Lessons lessons = new Lessons();

	@Test
	void everyDisplayEquationIsNumberedAndReferencesShowItsNumberInParentheses() {
		String html = lessons.html("""
				$$ a = b $$

				$$ E = mc^2 $$ (energy)

				See {eq}`energy`, [](#energy), {numref}`Equation %s <energy>` and $\\eqref{energy}$.
				""");

		assertThat(html).contains("<div class=\"math-display\" id=\"equation-1\">")
			.contains("<div class=\"math-display\" id=\"energy\">")
			.contains("<span class=\"equation-number\">(2)</span>")
			.contains("See <a href=\"#energy\" class=\"reference\">(2)</a>, <a href=\"#energy\" class=\"reference\">(2)</a>, "
					+ "<a href=\"#energy\" class=\"reference\">Equation 2</a> and "
					+ "<a class=\"equation-reference\" href=\"#energy\">(2)</a>.");
		assertThat(lessons.warnings).isEmpty();
	}

	@Test
	void starredTaggedAndNotagEquationsTakeNoNumberAndTheNextOneCountsOn() {
		String html = lessons.html("""
				$$
				\\begin{align*} x &= 1 \\end{align*}
				$$

				$$ y = 2 \\notag $$

				```{math}
				:label: last
				z = 3
				```

				{eq}`last`
				""");

		assertThat(html).contains("<span class=\"equation-number\">(1)</span>").doesNotContain("(2)")
			.contains("<a href=\"#last\" class=\"reference\">(1)</a>");
	}

	@Test
	void figuresAndEquationsAreCountedApartInOnePass() {
		String html = lessons.html("""
				```{figure} chart.png
				:name: fig-chart
				A chart.
				```

				$$ x $$ (eq-x)

				{numref}`fig-chart` and {eq}`eq-x`.
				""");

		assertThat(html).contains("<a href=\"#fig-chart\" class=\"reference\">Figure 1</a> and "
				+ "<a href=\"#eq-x\" class=\"reference\">(1)</a>.");
		assertThat(lessons.warnings).isEmpty();
	}

	@Test
	void aTargetLineBeforeADirectiveOrAnEquationNamesIt() {
		String html = lessons.html("""
				(fig-alias)=
				```{figure} chart.png
				A chart.
				```

				(eq-alias)=
				$$ y $$

				{numref}`fig-alias` and {eq}`eq-alias`.
				""");

		assertThat(html).contains("<figure id=\"fig-alias\"").contains("<div class=\"math-display\" id=\"eq-alias\">")
			.contains("<a href=\"#fig-alias\" class=\"reference\">Figure 1</a> and <a href=\"#eq-alias\" class=\"reference\">(1)</a>.");
		assertThat(lessons.warnings).isEmpty();
	}
}
