package io.lectern.content.internal.render.myst;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Node;
import org.commonmark.node.Text;

/**
 * mystmd's parenthetical citations, {@code [@smith2020]} and {@code [@smith2020; @doe2021]}: the
 * same references as {@code {cite:p}}, "(Smith, 2020; Doe, 2021)", where the {@code @key} alone is
 * the narrative "Smith (2020)". CommonMark leaves such brackets as text around the short
 * references, so they are recognised here, once the inlines are parsed.
 */
final class BracketedCitations {

	private BracketedCitations() {
	}

	static void group(Node document) {
		List<CrossReference> shortReferences = new ArrayList<>();
		document.accept(new AbstractVisitor() {
			@Override
			public void visit(CustomNode node) {
				if (node instanceof CrossReference reference && reference.form == CrossReference.Form.AT) {
					shortReferences.add(reference);
				}
				visitChildren(node);
			}
		});
		for (CrossReference first : shortReferences) {
			if (first.getParent() == null || !(first.getPrevious() instanceof Text open) || !open.getLiteral().endsWith("[")) {
				continue;
			}
			List<CrossReference> group = new ArrayList<>(List.of(first));
			List<Text> separators = new ArrayList<>();
			Node next = first.getNext();
			while (next instanceof Text separator && separator.getLiteral().strip().equals(";")
					&& separator.getNext() instanceof CrossReference more && more.form == CrossReference.Form.AT) {
				separators.add(separator);
				group.add(more);
				next = more.getNext();
			}
			if (!(next instanceof Text close) || !close.getLiteral().startsWith("]")) {
				continue;
			}
			open.setLiteral(open.getLiteral().substring(0, open.getLiteral().length() - 1) + "(");
			separators.forEach(separator -> separator.setLiteral("; "));
			close.setLiteral(")" + close.getLiteral().substring(1));
			for (CrossReference reference : group) {
				CrossReference citation = new CrossReference(CrossReference.Form.CITE, reference.target);
				citation.setSourceSpans(reference.getSourceSpans());
				reference.insertBefore(citation);
				reference.unlink();
			}
		}
	}
}
