package io.lectern.content.internal.render;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.commonmark.node.Node;

/**
 * Numbers the labelled blocks of one lesson per kind, in reading order, and gives each an anchor:
 * its label when it is a safe id, else the kind and number ({@code figure-2}). The minimal pass
 * the directives need; cross-references across lessons build on the same seam.
 */
final class LabelNumbers {

	private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,120}");

	private LabelNumbers() {
	}

	static void assign(Node document) {
		Map<Labelled.Kind, Integer> counts = new EnumMap<>(Labelled.Kind.class);
		Set<String> taken = new HashSet<>();
		walk(document, counts, taken);
	}

	private static void walk(Node node, Map<Labelled.Kind, Integer> counts, Set<String> taken) {
		for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
			if (child instanceof Labelled labelled) {
				int number = labelled.numbered() ? counts.merge(labelled.kind(), 1, Integer::sum) : 0;
				String kind = labelled.kind().name().toLowerCase(java.util.Locale.ROOT);
				String anchor = labelled.label().map(label -> label.replaceAll("[^A-Za-z0-9_-]", "-"))
					.filter(id -> SAFE_ID.matcher(id).matches())
					.orElse(number > 0 ? kind + "-" + number : "");
				if (!anchor.isEmpty() && !taken.add(anchor)) {
					anchor = anchor + "-" + taken.size();
					taken.add(anchor);
				}
				labelled.assign(anchor, number);
			}
			walk(child, counts, taken);
		}
	}
}
