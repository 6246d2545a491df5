package io.lectern.content.internal.math;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * TeX formulas as MathML for lesson pages, the one door to the TeX engine for every syntax that
 * holds mathematics ({@code $...$}, {@code $$...$$}, amsmath environments, the {@code math} role
 * and directive). Thread-safe; lessons render in parallel. The engine is loaded on the first
 * formula that is not in the cache, so a portal whose courses hold no formula never loads it.
 */
public final class Formulas {

	/** What a cached formula was rendered by: the library, and this side's policy and post-processing. */
	static final String VERSION = TemmlEngine.LIBRARY + "/lectern-4";

	private static final String UNALIGNED = "Expected 'EOF', got '&'";

	private final Supplier<TexEngine> engine;
	private final Optional<FormulaCache> cache;
	private final AtomicBoolean warming = new AtomicBoolean();

	Formulas(Supplier<TexEngine> engine, Optional<FormulaCache> cache) {
		this.engine = engine;
		this.cache = cache;
	}

	/** Formulas rendered once and kept in {@code dir}, for the portal. */
	public static Formulas cachedIn(Path dir) {
		return new Formulas(TemmlEngine::shared, Optional.of(new FormulaCache(dir, VERSION)));
	}

	/** Formulas rendered every time they are asked for, for tests and snippets outside lessons. */
	public static Formulas uncached() {
		return new Formulas(TemmlEngine::shared, Optional.empty());
	}

	/**
	 * @param display a formula on its own line ({@code $$...$$}) rather than inside text
	 * @return the formula's MathML with its TeX as annotation, or why it did not parse; either way
	 *     {@link Formula#html()} is safe to put in a page
	 */
	public Formula render(String tex, boolean display) {
		return render(tex, display, MathMacros.NONE);
	}

	/** @param macros the page's TeX macros, which the formula may use */
	public Formula render(String tex, boolean display, MathMacros macros) {
		Optional<Formula> cached = cache.flatMap(formulas -> formulas.get(tex, display, macros));
		if (cached.isPresent()) {
			return cached.get();
		}
		Formula typeset = typeset(tex, display, macros);
		Formula formula = typeset.ok() ? Formula.rendered(tex, display, MathMlPolicy.sanitize(typeset.mathMl())) : typeset;
		cache.ifPresent(formulas -> formulas.put(formula, macros));
		return formula;
	}

	/**
	 * Starts loading the TeX engine on a thread of its own, unless it is loading already, when this
	 * formula is not in the cache: the engine takes seconds to load (a JavaScript interpreter on a cold
	 * JVM), which a check spends rendering its other lessons instead of waiting. A formula the cache
	 * holds loads nothing, so a course whose formulas are all cached never loads the engine.
	 *
	 * @return whether the engine is loading, or loaded, from now on
	 */
	public boolean warmUpFor(String tex, boolean display, MathMacros macros) {
		if (warming.get()) {
			return true;
		}
		if (cache.filter(formulas -> formulas.holds(tex, display, macros)).isPresent()) {
			return false;
		}
		if (warming.compareAndSet(false, true)) {
			Thread loading = new Thread(engine::get, "lectern-tex-engine");
			loading.setDaemon(true);
			loading.start();
		}
		return true;
	}

	/**
	 * Rows aligned with {@code &} outside any environment do not parse; mystmd then renders the
	 * formula again inside {@code align*}, and so does Lectern. The formula keeps the TeX as written.
	 */
	private Formula typeset(String tex, boolean display, MathMacros macros) {
		Formula typeset = engine.get().typeset(tex, display, macros);
		if (typeset.ok() || !typeset.error().orElseThrow().startsWith(UNALIGNED)) {
			return typeset;
		}
		Formula aligned = engine.get().typeset("\\begin{align*}\n" + tex + "\n\\end{align*}", display, macros);
		return aligned.ok() ? Formula.rendered(tex, display, aligned.mathMl()) : typeset;
	}
}
