package io.lectern.content.internal.render.myst;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.commonmark.ext.footnotes.FootnoteDefinition;
import org.commonmark.ext.footnotes.FootnoteReference;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Node;

/**
 * Footnotes ({@code [^1]}, {@code [^note]}) are commonmark-java's; their ids ({@code fn-<label>},
 * {@code fnref-<label>}) are made from the labels, which may hold any character. So each label is
 * renamed to a safe, unique id-part first, and the ids pass the sanitizer's id pattern.
 */
final class Footnotes {

	private Footnotes() {
	}

	static void safeLabels(Node document) {
		List<Node> found = new ArrayList<>();
		document.accept(new AbstractVisitor() {
			@Override
			public void visit(CustomBlock block) {
				if (block instanceof FootnoteDefinition) {
					found.add(block);
				}
				visitChildren(block);
			}

			@Override
			public void visit(CustomNode node) {
				if (node instanceof FootnoteReference) {
					found.add(node);
				}
				visitChildren(node);
			}
		});
		Map<String, String> safe = new HashMap<>();
		Set<String> taken = new HashSet<>();
		for (Node node : found) {
			String label = node instanceof FootnoteDefinition definition ? definition.getLabel()
					: ((FootnoteReference) node).getLabel();
			String renamed = safe.computeIfAbsent(Labels.normalize(label), key -> Labels.uniqueId(key, taken));
			if (renamed.equals(label)) {
				continue;
			}
			Node replacement = node instanceof FootnoteDefinition ? new FootnoteDefinition(renamed)
					: new FootnoteReference(renamed);
			replacement.setSourceSpans(node.getSourceSpans());
			for (Node child = node.getFirstChild(); child != null;) {
				Node next = child.getNext();
				replacement.appendChild(child);
				child = next;
			}
			node.insertBefore(replacement);
			node.unlink();
		}
	}
}
