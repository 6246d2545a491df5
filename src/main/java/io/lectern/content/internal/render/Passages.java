package io.lectern.content.internal.render;

import io.lectern.content.Passage;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.CustomNode;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;

/**
 * Cuts a rendered lesson's tree into passages at its headings, as plain text for the search
 * index. Prose and code are kept apart; blocks drawn as diagrams hold no text of their own.
 */
final class Passages {

	private final List<Passage> passages = new ArrayList<>();
	private String anchor = "";
	private String heading = "";
	private final StringBuilder text = new StringBuilder();
	private final StringBuilder code = new StringBuilder();

	private Passages() {
	}

	/** @param document the tree after headings were anchored and diagram blocks set aside */
	static List<Passage> of(Node document, BlockSlots slots) {
		Passages cutter = new Passages();
		for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
			if (block instanceof HeadingAnchors.AnchoredHeading anchored) {
				cutter.close();
				cutter.anchor = anchored.id;
				cutter.heading = anchored.text;
			}
			else if (!slots.holds(block)) {
				cutter.collect(block);
			}
		}
		cutter.close();
		return cutter.passages;
	}

	private void collect(Node block) {
		block.accept(new AbstractVisitor() {
			@Override
			public void visit(Text literal) {
				text.append(literal.getLiteral());
			}

			@Override
			public void visit(Code inline) {
				text.append(inline.getLiteral());
			}

			@Override
			public void visit(SoftLineBreak lineBreak) {
				text.append(' ');
			}

			@Override
			public void visit(HardLineBreak lineBreak) {
				text.append(' ');
			}

			@Override
			public void visit(FencedCodeBlock fenced) {
				code.append(fenced.getLiteral()).append('\n');
			}

			@Override
			public void visit(IndentedCodeBlock indented) {
				code.append(indented.getLiteral()).append('\n');
			}

			// Paragraphs, table cells and admonitions end where a word does.
			@Override
			public void visit(Paragraph paragraph) {
				visitChildren(paragraph);
				text.append(' ');
			}

			@Override
			public void visit(CustomNode node) {
				visitChildren(node);
				text.append(' ');
			}

			@Override
			public void visit(CustomBlock node) {
				visitChildren(node);
				text.append(' ');
			}
		});
		text.append('\n');
	}

	private void close() {
		String prose = spacesCollapsed(text).strip();
		String program = code.toString().strip();
		if (!prose.isEmpty() || !program.isEmpty() || !anchor.isEmpty()) {
			passages.add(new Passage(anchor, heading, prose, program));
		}
		text.setLength(0);
		code.setLength(0);
	}

	/** {@code text} with each run of spaces and tabs one space, as a loop: this runs at every heading of every lesson. */
	private static String spacesCollapsed(CharSequence text) {
		StringBuilder collapsed = new StringBuilder(text.length());
		boolean inRun = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			boolean blank = c == ' ' || c == '\t';
			if (!blank) {
				collapsed.append(c);
			}
			else if (!inRun) {
				collapsed.append(' ');
			}
			inRun = blank;
		}
		return collapsed.toString();
	}
}
