package io.lectern.content.internal.render;

import java.util.Optional;

/**
 * A block of a lesson that cross-references can name and that may carry a number, as mystmd and
 * Sphinx have them: a heading after a {@code (label)=} target, a figure, a table, a labelled
 * equation, a code block with a caption, an exercise. Syntax extensions make their nodes implement
 * this; one pass over the finished tree numbers them per kind, in reading order, and gives each an
 * anchor, before any HTML is written, so that renderers and references agree on both.
 */
public interface Labelled {

	/**
	 * What is numbered together: every figure of a lesson is counted apart from its tables. The word
	 * each shows before its number ("Figure 3") is in the course's language: {@link ContentWords#kind}.
	 */
	enum Kind {
		HEADING, FIGURE,
		/** One picture of a figure made of several, numbered after it: Figure 1a, 1b. */
		SUBFIGURE, TABLE, CODE, EQUATION,
		/** One equation of a {@code subequations} group, lettered after it: (1a), (1b). */
		SUBEQUATION, EXERCISE,
		/** sphinx-proof's and mystmd's {@code prf:} kinds, each numbered apart as they number them. */
		ALGORITHM, ASSUMPTION, AXIOM, CONJECTURE, COROLLARY, CRITERION, DEFINITION, EXAMPLE, LEMMA, NOTATION, OBSERVATION,
		PROOF, PROPERTY, PROPOSITION, REMARK, THEOREM, OTHER
	}

	/** The label as the author wrote it ({@code :label:}, {@code :name:}, {@code (label)=}), if any. */
	Optional<String> label();

	Kind kind();

	/**
	 * Whether this block may take a number of its kind (an unlabelled figure is still numbered; a
	 * starred equation is not); the page's numbering settings decide whether it does.
	 */
	boolean numbered();

	/**
	 * The number the author gave this block itself (mystmd's {@code :enumerator:} option, {@code 2a}):
	 * shown as written, in its caption and in every reference to it, instead of a count; the blocks
	 * of its kind around it are counted as if it were not there.
	 */
	default Optional<String> enumerator() {
		return Optional.empty();
	}

	/** A heading's depth, 1 for {@code #}: headings are numbered by depth, as sections (1.2). 0 for other blocks. */
	default int headingDepth() {
		return 0;
	}

	/** The text a reference with no text of its own shows: a caption, a heading's text. */
	String title();

	/**
	 * Set by the numbering pass: the element id to write, and the number as the page writes it
	 * ({@code 3}, {@code 2.1}, {@code A.3}), empty when the block is not numbered.
	 */
	void assign(String anchor, String number);

	String anchor();

	String number();
}
