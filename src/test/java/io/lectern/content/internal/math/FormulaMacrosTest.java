package io.lectern.content.internal.math;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Definitions a formula makes for the rest of its page, in the forms MathJax books write them. */
class FormulaMacrosTest {

	@Test
	void newcommandWithAndWithoutBracesAndWithArguments() {
		assertThat(FormulaMacros.definedIn("\\newcommand{\\R}{\\mathbb{R}} \\newcommand\\norm[1]{\\lVert #1 \\rVert}"))
			.containsEntry("\\R", "\\mathbb{R}")
			.containsEntry("\\norm", "\\lVert #1 \\rVert");
	}

	@Test
	void renewcommandAndDefWithParametersAndNestedBraces() {
		assertThat(FormulaMacros.definedIn("\\renewcommand*{\\vec}[1]{\\mathbf{#1}}\\def\\pair#1#2{\\left({#1},{#2}\\right)}"))
			.containsEntry("\\vec", "\\mathbf{#1}")
			.containsEntry("\\pair", "\\left({#1},{#2}\\right)");
	}

	@Test
	void aDefinitionTheLibraryWouldMiscountIsLeftToItsFormula() {
		assertThat(FormulaMacros.definedIn("\\newcommand{\\opt}[2][x]{#1+#2}")).isEmpty();
		assertThat(FormulaMacros.definedIn("\\newcommand{\\first}[2]{#1}")).isEmpty();
		assertThat(FormulaMacros.definedIn("\\newcommand{\\broken}{\\frac{1}")).isEmpty();
	}

	@Test
	void aFormulaWithoutDefinitionsDefinesNothing() {
		assertThat(FormulaMacros.definedIn("a^2 + b^2 = c^2")).isEmpty();
	}

	@Test
	void aFormulaOfDefinitionsOnlyIsToldFromOneThatAlsoShowsSomething() {
		assertThat(FormulaMacros.onlyDefines("\\newcommand{\\R}{\\mathbb{R}}\\\\\n\\def\\e{\\mathrm{e}}")).isTrue();
		assertThat(FormulaMacros.onlyDefines("\\newcommand{\\R}{\\mathbb{R}} x \\in \\R")).isFalse();
		assertThat(FormulaMacros.onlyDefines("x^2")).isFalse();
	}
}
