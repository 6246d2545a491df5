package io.lectern.content.internal.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.web.util.HtmlUtils;

/** MyST's mathematics, as its dollarmath and amsmath extensions document it, written as MathML. */
class MathSyntaxTest {

	private final MarkdownRenderer renderer = new MarkdownRenderer();

	private final LinkResolver asWritten = new LinkResolver() {
		@Override
		public Optional<String> link(String destination, int line) {
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

	/** The sanitizer writes "+" and "=" as character references; annotations are compared as text. */
	private String decoded(String markdown) {
		return HtmlUtils.htmlUnescape(render(markdown).html());
	}

	@Test
	void dollarsAroundAFormulaInTextMakeInlineMathMlWithItsTexAsAnnotation() {
		String html = render("The area is $\\pi r^2$ exactly.").html();

		assertThat(html).startsWith("<p>The area is <math>").contains("<mi>π</mi>")
			.contains("<annotation encoding=\"application/x-tex\">\\pi r^2</annotation>")
			.endsWith("</math> exactly.</p>\n");
	}

	@Test
	void aDollarPairsWithTheNextWhateverStandsBesideEitherAsMystReadsThem() {
		// A real course's notebook: the closing dollar after a space, then code and another formula.
		String html = decoded("For a product $\\mathrm{A}\\cdot \\mathrm{B} $ you can use ```A @ B```; the transpose $\\mathrm{A}^T$.");

		assertThat(html).contains("<annotation encoding=\"application/x-tex\">\\mathrm{A}\\cdot \\mathrm{B}</annotation>")
			.contains("</math> you can use <code>A @ B</code>; the transpose <math>")
			.contains("<annotation encoding=\"application/x-tex\">\\mathrm{A}^T</annotation>");
		assertThat(decoded("Let $ x $ be.")).contains("<annotation encoding=\"application/x-tex\">x</annotation>");
		assertThat(decoded("Between $2$ and $3$.")).contains(">2</annotation>").contains(">3</annotation>");
	}

	@Test
	void dollarsThatAreMoneyAreWrittenWithABackslashAsInMyst() {
		assertThat(render("It costs \\$5 and \\$10 a month.").html()).isEqualTo("<p>It costs $5 and $10 a month.</p>\n");
		// Unescaped, MyST pairs them: "5 and " is a formula, as MyST-Parser and mystmd show it.
		assertThat(decoded("It costs $5 and $10 a month.")).contains("<annotation encoding=\"application/x-tex\">5 and</annotation>")
			.endsWith("</math>10 a month.</p>\n");
		// A lone dollar has nothing to pair with, and an empty pair says nothing.
		assertThat(render("It costs $5.").html()).isEqualTo("<p>It costs $5.</p>\n");
		assertThat(render("Nothing $ $ here.").html()).isEqualTo("<p>Nothing $ $ here.</p>\n");
	}

	@Test
	void aBackslashKeepsADollarOutsideAndInsideAFormula() {
		assertThat(render("Pay \\$x$ now.").html()).isEqualTo("<p>Pay $x$ now.</p>\n");
		assertThat(decoded("A price $p = \\$3$ here."))
			.contains("<annotation encoding=\"application/x-tex\">p = \\$3</annotation>");
	}

	@Test
	void codeSpansAndCodeBlocksKeepTheirDollars() {
		String html = render("Write `$x$` for math.\n\n```\n$$ y $$\n```").html();

		assertThat(html).doesNotContain("<math").contains("<code>$x$</code>").contains("$$ y $$");
	}

	@Test
	void doubleDollarsOnTheirOwnLinesMakeANumberedDisplayEquation() {
		String html = decoded("Euler:\n\n$$\ne^{i\\pi} + 1 = 0\n$$\n\nDone.");

		assertThat(html).contains("<div class=\"math-display\" id=\"equation-1\"><math display=\"block\"")
			.contains("<annotation encoding=\"application/x-tex\">e^{i\\pi} + 1 = 0</annotation>")
			.contains("</math><span class=\"equation-number\">(1)</span></div>")
			.contains("<p>Done.</p>");
	}

	@Test
	void aDisplayEquationMaySitOnOneLineAndSpanSeveral() {
		String html = decoded("$$ a^2 + b^2 = c^2 $$\n\n$$ x = 1\n+ 2\n+ 3 $$");

		assertThat(html).contains("<annotation encoding=\"application/x-tex\">a^2 + b^2 = c^2</annotation>")
			.contains("<annotation encoding=\"application/x-tex\">x = 1\n+ 2\n+ 3</annotation>")
			.contains("(1)</span>").contains("(2)</span>");
	}

	@Test
	void aLabelAfterTheClosingDollarsNamesTheEquationAndEqrefLinksToIt() {
		String html = render("$$ E = mc^2 $$ (eq:energy)\n\nBy $\\eqref{eq:energy}$ and $\\ref{eq:energy}$, mass is energy.").html();

		assertThat(html).contains("<div class=\"math-display\" id=\"eq-energy\">")
			.contains("By <a class=\"equation-reference\" href=\"#eq-energy\">(1)</a> and "
					+ "<a class=\"equation-reference\" href=\"#eq-energy\">1</a>, mass is energy.");
	}

	@Test
	void aLabelInsideTheFormulaIsTakenOutAndBecomesTheEquationsLabel() {
		String html = decoded("$$\nF = ma \\label{newton}\n$$\n\nSee $\\text{law } \\eqref{newton}$.");

		assertThat(html).contains("id=\"newton\"").doesNotContain("\\label")
			.contains("<annotation encoding=\"application/x-tex\">F = ma</annotation>")
			.contains("<a class=\"equation-reference\" href=\"#newton\">(1)</a>");
	}

	@Test
	void aReferenceToALabelThatDoesNotExistIsAWarningAtItsLine() {
		RenderedLesson lesson = render("First line.\n\nAs $\\eqref{missing}$ shows.");

		assertThat(lesson.html()).contains("As (??) shows.");
		assertThat(lesson.warnings()).containsExactly(
				RenderedLesson.Warning.of(3, "problem.reference.equation", "missing"));
	}

	@Test
	void amsmathEnvironmentsAreDisplayEquationsOfTheirOwnAndStarredOnesAreNotNumbered() {
		String html = decoded("""
				\\begin{align}
				a &= b + c \\\\
				d &= e
				\\end{align}

				\\begin{equation*}
				x = y
				\\end{equation*}

				\\begin{gather}
				p = q
				\\end{gather}
				""");

		assertThat(html).contains("<mtable").contains("<annotation encoding=\"application/x-tex\">\\begin{align}\na &= b + c")
			.contains("(1)</span>").contains("(2)</span>").doesNotContain("(3)</span>")
			.contains("\\begin{equation*}\nx = y\n\\end{equation*}</annotation></semantics></math></div>");
	}

	@ParameterizedTest
	@ValueSource(strings = { "equation", "equation*", "align", "align*", "alignat", "alignat*", "gather", "gather*",
			"multline", "multline*", "flalign", "flalign*", "eqnarray", "eqnarray*" })
	void everyAmsmathEnvironmentMystReadsRenders(String environment) {
		String argument = environment.startsWith("alignat") ? "{1}" : "";
		String body = switch (environment.replace("*", "")) {
			case "equation" -> "a = b";
			case "gather", "multline" -> "a = b \\\\ c = d";
			case "eqnarray" -> "a &=& b \\\\ c &=& d";
			default -> "a &= b \\\\ c &= d";
		};
		RenderedLesson lesson = render("\\begin{" + environment + "}" + argument + "\n" + body + "\n\\end{" + environment + "}");

		assertThat(lesson.warnings()).isEmpty();
		assertThat(lesson.html()).contains("<div class=\"math-display\"").contains("<mtable");
	}

	@Test
	void notagAndNonumberLeaveAnEquationUnnumbered() {
		String html = render("$$ a = b \\nonumber $$\n\n$$ c = d $$").html();

		assertThat(html).contains("<div class=\"math-display\"><math").contains("(1)</span>").doesNotContain("(2)");
	}

	@Test
	void aFormulaThatDoesNotParseShowsItsSourceInAMarkedBoxAndIsAWarning() {
		RenderedLesson lesson = render("Intro.\n\nBroken $\\frac{1}{$ here and $x$ fine.");

		assertThat(lesson.html()).contains("Broken <code class=\"math-error\" title=\"")
			.contains("\">\\frac{1}{</code> here and <math>");
		assertThat(lesson.warnings()).singleElement().satisfies(warning -> {
			assertThat(warning.line()).isEqualTo(3);
			assertThat(warning.message()).startsWith("Formula does not parse (").endsWith("): \\frac{1}{");
		});
	}

	@Test
	void formulasSurviveTheSanitizerOfALessonWithRawHtml() {
		String html = render("<div class=\"box\">Raw</div>\n\nInline $x_1$ and\n\n$$ y^2 $$ (why)").html();

		assertThat(html).contains("<div class=\"box\">Raw</div>").contains("Inline <math><semantics><msub>")
			.contains("<div class=\"math-display\" id=\"why\">");
	}

	@Test
	void writtenMathMlInRawHtmlIsStillRemovedByTheLessonPolicy() {
		assertThat(render("<math><mi>x</mi></math> and $y$").html()).containsOnlyOnce("<math");
	}

	@Test
	void aMacroDefinedInOneFormulaServesTheFormulasAfterItAsMathJaxDoes() {
		RenderedLesson lesson = render("""
				$$
				\\newcommand{\\R}{\\mathbb{R}}
				\\newcommand\\norm[1]{\\lVert #1 \\rVert}
				$$

				Take $x \\in \\R$ with $\\norm{x} = 1$.

				$$ \\R^2 $$
				""");

		assertThat(lesson.warnings()).isEmpty();
		assertThat(lesson.html()).as("the definitions show nothing and take no number")
			.startsWith("\n<p>Take <math>").contains("<mi>ℝ</mi>").contains("‖")
			.containsOnlyOnce("equation-number\">(1)</span>");
	}

	@Test
	void aMacroIsNotKnownBeforeTheFormulaThatDefinesIt() {
		RenderedLesson lesson = render("Early $\\R$.\n\n$$\\newcommand{\\R}{\\mathbb{R}}$$\n");

		assertThat(lesson.warnings()).singleElement()
			.satisfies(warning -> assertThat(warning.message()).startsWith("Formula does not parse"));
	}

	@Test
	void doubleDollarsInTheMiddleOfAParagraphMakeAnUnnumberedDisplayFormulaThere() {
		RenderedLesson lesson = render("""
				It satisfies $$p(x_i) = y_i, \\qquad i=0,\\ldots,
				N$$ which is a linear system, and $$ $$ or a lone $$ stay text.
				""");

		assertThat(lesson.warnings()).isEmpty();
		assertThat(lesson.html()).startsWith("<p>It satisfies <math display=\"block\"")
			.contains("<annotation encoding=\"application/x-tex\">p(x_i) &#61; y_i, \\qquad i&#61;0,\\ldots,\nN</annotation>")
			.contains("</math> which is a linear system, and $$$$ or a lone $$ stay text.")
			.doesNotContain("equation-number");
	}
}
