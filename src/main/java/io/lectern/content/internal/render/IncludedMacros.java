package io.lectern.content.internal.render;

import io.lectern.content.internal.math.MathMacros;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.Node;

/**
 * The {@code math:} macros of a file a lesson includes. As mystmd does (since 1.2), an included
 * file's front matter is not shown, but its macros serve the including page and win over the page's
 * own: courses keep their macros in one file every page includes. Taken out of the tree before the
 * formulas are typeset, so it never renders.
 */
public final class IncludedMacros extends CustomBlock {

	private final MathMacros macros;

	public IncludedMacros(MathMacros macros) {
		this.macros = macros;
	}

	/** The page's macros under those of every file it includes, in reading order; the markers are removed. */
	static MathMacros takeFrom(Node document, MathMacros page) {
		List<IncludedMacros> found = new ArrayList<>();
		document.accept(new AbstractVisitor() {
			@Override
			public void visit(CustomBlock block) {
				if (block instanceof IncludedMacros included) {
					found.add(included);
				}
				visitChildren(block);
			}
		});
		MathMacros all = page;
		for (IncludedMacros included : found) {
			all = all.under(included.macros);
			included.unlink();
		}
		return all;
	}
}
