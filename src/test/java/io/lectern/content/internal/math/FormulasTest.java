package io.lectern.content.internal.math;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The TeX engine behind every formula: Temml in GraalJS, the MathML allowlist and the cache. */
class FormulasTest {

	private final AtomicInteger typeset = new AtomicInteger();

	/** The real engine, counting how often it is asked. */
	private final TexEngine counting = (tex, display, macros) -> {
		typeset.incrementAndGet();
		return TemmlEngine.shared().typeset(tex, display, macros);
	};

	@TempDir
	Path data;

	private Formulas cached() {
		return new Formulas(() -> counting, Optional.of(new FormulaCache(data, Formulas.VERSION)));
	}

	@Test
	void aFormulaBecomesMathMlCarryingItsTex() {
		Formula formula = Formulas.uncached().render("\\frac{a}{b}", false);

		assertThat(formula.ok()).isTrue();
		assertThat(formula.html()).isEqualTo("<math><semantics><mfrac><mi>a</mi><mi>b</mi></mfrac>"
				+ "<annotation encoding=\"application/x-tex\">\\frac{a}{b}</annotation></semantics></math>");
	}

	@Test
	void aDisplayFormulaIsABlockMathElement() {
		assertThat(Formulas.uncached().render("x", true).html()).startsWith("<math display=\"block\" class=\"tml-display\">");
	}

	@Test
	void inlineStylesBecomeWhatTheContentSecurityPolicyAllows() {
		String html = Formulas.uncached().render("\\color{red}{x} + \\boxed{y}", false).html();

		assertThat(html).doesNotContain(" style=").contains("<mi mathcolor=\"#ff0000\">x</mi>")
			.contains("class=\"tml-fbox\"");
	}

	@Test
	void aFormulaThatDoesNotParseIsAnErrorShownAsItsSource() {
		Formula formula = Formulas.uncached().render("\\frac{1}{<b>", false);

		assertThat(formula.ok()).isFalse();
		assertThat(formula.error()).hasValueSatisfying(error -> assertThat(error).contains("expected '}'").doesNotContain("\n"));
		assertThat(formula.html()).startsWith("<code class=\"math-error\" title=\"").endsWith("\">\\frac{1}{&lt;b&gt;</code>");
	}

	@Test
	void aCachedFormulaIsNotTypesetAgainNotEvenAfterARestart() {
		Formula first = cached().render("e^{i\\pi} = -1", true);
		Formula again = cached().render("e^{i\\pi} = -1", true);
		cached().render("\\frac{", false);
		Formula failedAgain = cached().render("\\frac{", false);

		assertThat(typeset).hasValue(2);
		assertThat(again).isEqualTo(first);
		assertThat(failedAgain.ok()).isFalse();
	}

	@Test
	void theEngineIsStartedAheadOnlyForAFormulaTheCacheLacks() throws Exception {
		cached().render("e^{i\\pi} = -1", true);
		CountDownLatch asked = new CountDownLatch(1);
		Formulas restarted = new Formulas(() -> {
			asked.countDown();
			return counting;
		}, Optional.of(new FormulaCache(data, Formulas.VERSION)));

		assertThat(restarted.warmUpFor("e^{i\\pi} = -1", true, MathMacros.NONE)).isFalse();
		assertThat(asked.getCount()).isEqualTo(1);
		assertThat(restarted.warmUpFor("e^{i\\pi} = -1", false, MathMacros.NONE)).isTrue();
		assertThat(asked.await(30, TimeUnit.SECONDS)).isTrue();
		assertThat(restarted.warmUpFor("x", false, MathMacros.NONE)).isTrue();
		assertThat(typeset).hasValue(1);
	}

	@Test
	void theDisplayModeIsPartOfTheCacheKey() {
		Formulas formulas = cached();

		assertThat(formulas.render("x", true).html()).contains("display=\"block\"");
		assertThat(formulas.render("x", false).html()).doesNotContain("display=\"block\"");
		assertThat(typeset).hasValue(2);
	}

	@Test
	void aCacheEntryIsWrittenWholeAndNothingIsLeftBeside() throws Exception {
		cached().render("a+b", false);

		try (Stream<Path> files = Files.walk(data)) {
			assertThat(files.filter(Files::isRegularFile).map(path -> path.getFileName().toString()))
				.singleElement()
				.satisfies(name -> assertThat(name).doesNotEndWith(".tmp"));
		}
	}

	@Test
	void formulasRenderFromSeveralThreadsAtOnceAsTheyDoAlone() throws Exception {
		List<String> sources = IntStream.range(0, 12).mapToObj(i -> "x_{" + i + "} = \\sqrt{" + i + "}").toList();
		List<String> alone = sources.stream().map(tex -> Formulas.uncached().render(tex, false).html()).toList();
		Formulas shared = cached();
		ExecutorService threads = Executors.newFixedThreadPool(2);
		try {
			List<Future<String>> together = sources.stream()
				.map(tex -> threads.submit(() -> shared.render(tex, false).html()))
				.toList();
			for (int i = 0; i < sources.size(); i++) {
				assertThat(together.get(i).get()).isEqualTo(alone.get(i));
			}
		}
		finally {
			threads.shutdown();
		}
	}

	@Test
	void macrosExpandInTheFormulasGivenThem() {
		MathMacros macros = new MathMacros(Map.of("\\dd", "\\mathrm{d}", "\\pder", "\\frac{\\partial #1}{\\partial #2}"));

		Formula formula = Formulas.uncached().render("\\pder{f}{x} \\dd x", false, macros);

		assertThat(formula.ok()).isTrue();
		assertThat(formula.html()).contains("<mi>∂</mi><mi>f</mi>").contains("<mi mathvariant=\"normal\">d</mi>");
	}

	@Test
	void mboxIsTextAsInMystmd() {
		Formula formula = Formulas.uncached().render("x \\mbox{ if } y", false);

		assertThat(formula.ok()).isTrue();
		assertThat(formula.html()).contains("<mtext>");
	}

	@Test
	void rowsAlignedOutsideAnyEnvironmentAreRenderedInAlign() {
		Formula formula = Formulas.uncached().render("a &= b \\\\\n c &= d", true);

		assertThat(formula.ok()).isTrue();
		assertThat(formula.html()).contains("<mtable").contains("<mi>c</mi>");
		assertThat(formula.tex()).isEqualTo("a &= b \\\\\n c &= d");
	}

	@Test
	void theSameTexUnderOtherMacrosIsAnotherCachedFormula() {
		Formulas formulas = cached();
		MathMacros bold = new MathMacros(Map.of("\\v", "\\mathbf{v}"));
		MathMacros plain = new MathMacros(Map.of("\\v", "v"));

		String first = formulas.render("\\v", false, bold).html();
		String second = formulas.render("\\v", false, plain).html();
		formulas.render("\\v", false, bold);

		assertThat(first).contains("<mi>&#x1d42f;</mi>");
		assertThat(second).contains("<mi>v</mi>");
		assertThat(typeset).hasValue(2);
	}
}
