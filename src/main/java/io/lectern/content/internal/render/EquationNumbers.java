package io.lectern.content.internal.render;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.Node;

/**
 * Numbers a lesson's display equations in reading order and gives each an anchor: its label made
 * into a safe id, or {@code equation-N}. Stands in for the numbering pass over every
 * {@link Labelled} block until that pass numbers equations with the rest.
 */
final class EquationNumbers {

	private EquationNumbers() {
	}

	static void assign(Node document) {
		int[] count = { 0 };
		Set<String> taken = new HashSet<>();
		document.accept(new AbstractVisitor() {
			@Override
			public void visit(CustomBlock block) {
				if (block instanceof DisplayMath equation) {
					int number = equation.numbered() ? ++count[0] : 0;
					String wanted = equation.label().map(EquationNumbers::htmlId)
						.orElse(number > 0 ? "equation-" + number : "");
					String anchor = wanted;
					for (int suffix = 2; !anchor.isEmpty() && !taken.add(anchor); suffix++) {
						anchor = wanted + "-" + suffix;
					}
					equation.assign(anchor, number);
				}
				visitChildren(block);
			}
		});
	}

	/** A label as an element id, the way mystmd makes one: lower case, letters, digits and dashes. */
	static String htmlId(String label) {
		String id = label.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]+", "-").replaceAll("-{2,}", "-")
			.replaceAll("^-|-$", "");
		return id.isEmpty() || !Character.isLetter(id.charAt(0)) ? "id-" + id : id;
	}
}
