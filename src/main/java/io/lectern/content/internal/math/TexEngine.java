package io.lectern.content.internal.math;

/** Turns TeX into MathML; {@link TemmlEngine} in the portal, a counting stand-in in tests. */
@FunctionalInterface
interface TexEngine {

	/**
	 * @param macros the page's macros, besides the built-in ones
	 * @return the formula's MathML as the library wrote it (not yet sanitized), or the reason it failed
	 */
	Formula typeset(String tex, boolean display, MathMacros macros);
}
