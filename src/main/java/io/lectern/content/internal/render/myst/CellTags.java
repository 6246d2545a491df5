package io.lectern.content.internal.render.myst;

import java.util.function.Predicate;

/**
 * What Jupyter Book's cell tags do to a code cell, one vocabulary for a notebook's cells and a
 * MyST Markdown notebook's {@code {code-cell}} blocks: {@code remove-cell} leaves the cell out,
 * {@code remove-input} (and TeachBooks' {@code thebe-remove-input-init}, which the built book hides
 * until live code starts) its code, {@code hide-input} folds its code behind "Show code".
 */
public final class CellTags {

	/** The summary of a folded cell's code, as Jupyter Book words it. */
	public static final String SHOW_CODE = "Show code";

	private CellTags() {
	}

	/** @param tagged whether the cell carries a tag */
	public static boolean removesCell(Predicate<String> tagged) {
		return tagged.test("remove-cell");
	}

	public static boolean removesInput(Predicate<String> tagged) {
		return tagged.test("remove-input") || tagged.test("thebe-remove-input-init");
	}

	public static boolean hidesInput(Predicate<String> tagged) {
		return tagged.test("hide-input");
	}
}
