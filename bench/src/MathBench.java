import io.lectern.content.internal.math.Formula;
import io.lectern.content.internal.math.Formulas;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

/**
 * Times TeX to MathML as lessons use it: loading the engine (Temml in GraalJS, interpreter only on a
 * stock JDK), rendering formulas it has not seen on one thread and on two, and reading them back from
 * the formula cache after a "restart" (a new cache over the same folder). The interpreter gets faster
 * as it runs, so the first formulas after loading are timed apart from the next ones. Prints ms per
 * formula and the cache's speed-up over rendering, measured in the same run.
 *
 * <pre>java MathBench [FORMULAS]</pre>
 */
public class MathBench {

	private static final String[] SHAPES = { "x_{%d}^2 + y_{%d}^2 = r^2", "\\frac{a_{%d}}{b + %d}",
			"\\int_0^{%d} e^{-x^2}\\,dx \\approx \\sqrt{\\pi}/%d",
			"\\begin{aligned} f(x) &= x^{%d} + 1 \\\\ g(x) &= \\sum_{k=0}^{%d} \\binom{n}{k} x^k \\end{aligned}",
			"\\begin{pmatrix} %d & 0 \\\\ 0 & %d \\end{pmatrix}", "P(A \\mid B_{%d}) = \\frac{P(B \\mid A) P(A)}{P(B_{%d})}" };

	public static void main(String[] args) throws Exception {
		int count = args.length > 0 ? Integer.parseInt(args[0]) : 300;
		Path cache = Files.createTempDirectory("math-bench");
		List<String> one = formulas(0, count);
		List<String> warmed = formulas(count, count);
		List<String> two = formulas(2 * count, count);

		long start = System.nanoTime();
		Formulas.uncached().render("x", false);
		double loadMs = ms(start);
		System.out.printf("engine load and first formula: %.0f ms%n", loadMs);

		Formulas cached = Formulas.cachedIn(cache);
		start = System.nanoTime();
		one.forEach(tex -> check(cached.render(tex, false)));
		double coldMs = ms(start) / count;
		System.out.printf("new formulas, one thread:       %.2f ms a formula (the first %d after loading)%n", coldMs, count);
		start = System.nanoTime();
		warmed.forEach(tex -> check(cached.render(tex, false)));
		double warmedMs = ms(start) / count;
		System.out.printf("new formulas, one thread:       %.2f ms a formula (the next %d)%n", warmedMs, count);

		ExecutorService threads = Executors.newFixedThreadPool(2);
		start = System.nanoTime();
		List<Future<Formula>> rendered = two.stream().map(tex -> threads.submit(() -> cached.render(tex, false))).toList();
		for (Future<Formula> formula : rendered) {
			check(formula.get());
		}
		double parallelMs = ms(start) / count;
		threads.shutdown();
		System.out.printf("new formulas, two threads:      %.2f ms a formula (the second thread's context included)%n", parallelMs);

		start = System.nanoTime();
		one.forEach(tex -> check(cached.render(tex, false)));
		double sameMs = ms(start) / count;
		Formulas restarted = Formulas.cachedIn(cache);
		start = System.nanoTime();
		two.forEach(tex -> check(restarted.render(tex, false)));
		double warmMs = ms(start) / count;
		System.out.printf("again from the cache:           %.3f ms a formula%n", sameMs);
		System.out.printf("after a restart, from the cache: %.3f ms a formula (%.0fx faster than rendering)%n", warmMs,
				warmedMs / warmMs);
	}

	private static List<String> formulas(int from, int count) {
		return IntStream.range(from, from + count)
			.mapToObj(i -> String.format(SHAPES[i % SHAPES.length], i, i + 1))
			.toList();
	}

	private static void check(Formula formula) {
		if (!formula.ok()) {
			throw new IllegalStateException(formula.tex() + ": " + formula.error().orElseThrow());
		}
	}

	private static double ms(long start) {
		return (System.nanoTime() - start) / 1e6;
	}
}
