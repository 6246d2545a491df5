package io.lectern.content.internal.render;

import io.lectern.content.internal.math.Formula;
import io.lectern.content.internal.math.FormulaMacros;
import io.lectern.content.internal.math.Formulas;
import io.lectern.content.internal.math.MathMacros;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A lesson's formulas, written into its HTML as markers and typeset when asked: at once for a
 * check or a snippet, or, in the running portal, when the lesson is first shown or the background
 * typesetter reaches it. Typesetting is what costs (a TeX engine in a JavaScript interpreter), and
 * nothing before it needs the MathML: numbers, labels and links are all known from the TeX.
 */
public final class PendingFormulas {

	public static final PendingFormulas NONE = new PendingFormulas("", Formulas.uncached(), MathMacros.NONE);

	private record Request(String tex, boolean display, int line, MathMacros macros) {
	}

	/** The lesson's HTML with every formula in its place, and those that did not parse. */
	public record Typeset(String html, List<RenderedLesson.Warning> warnings) {
	}

	private final String prefix;
	private final Formulas formulas;
	private final List<Request> requests = new ArrayList<>();
	/** The page's macros and those its formulas defined so far, in reading order. */
	private MathMacros macros;

	PendingFormulas(String prefix, Formulas formulas, MathMacros macros) {
		this.prefix = prefix;
		this.formulas = formulas;
		this.macros = macros;
	}

	/**
	 * Formulas must be added in reading order: one may define macros ({@code \newcommand}) for those
	 * after it, as MathJax lets a page do.
	 *
	 * @return the marker that stands for the formula until it is typeset
	 */
	String add(String tex, boolean display, int line) {
		requests.add(new Request(tex, display, line, macros));
		define(tex);
		// Ended by a sign that is not a digit, so that text after the formula ("$x$2") is not read as its number.
		return prefix + (requests.size() - 1) + "-";
	}


	/** Takes the macros {@code tex} defines for the formulas added after it, without typesetting it. */
	void define(String tex) {
		Map<String, String> defined = FormulaMacros.definedIn(tex);
		if (!defined.isEmpty()) {
			macros = macros.under(new MathMacros(defined));
		}
	}

	public boolean isEmpty() {
		return requests.isEmpty();
	}

	/**
	 * Starts loading the TeX engine in the background when one of these formulas is not in the
	 * formula cache, so that its load overlaps what comes before the typesetting (see
	 * {@link Formulas#warmUpFor}).
	 */
	public void warmUp() {
		for (Request request : requests) {
			if (formulas.warmUpFor(request.tex(), request.display(), request.macros())) {
				return;
			}
		}
	}

	/** Typesets every formula (those already in the formula cache are only read) into {@code html}. */
	public Typeset typesetInto(String html) {
		if (requests.isEmpty()) {
			return new Typeset(html, List.of());
		}
		List<String> typeset = new ArrayList<>(requests.size());
		List<RenderedLesson.Warning> warnings = new ArrayList<>();
		for (Request request : requests) {
			Formula formula = formulas.render(request.tex(), request.display(), request.macros());
			formula.error().ifPresent(error -> warnings.add(RenderedLesson.Warning.of(request.line(),
					"problem.formula.parse", error, abbreviated(request.tex()))));
			typeset.add(formula.html());
		}
		// Compiled only here, as a lesson without formulas never needs it.
		Pattern marker = Pattern.compile(Pattern.quote(prefix) + "([0-9]+)-");
		String done = marker.matcher(html).replaceAll(found -> Matcher.quoteReplacement(typeset.get(Integer.parseInt(found.group(1)))));
		return new Typeset(done, warnings);
	}

	private static String abbreviated(String tex) {
		String oneLine = tex.strip().replaceAll("\\s+", " ");
		return oneLine.length() <= 60 ? oneLine : oneLine.substring(0, 57) + "...";
	}
}
