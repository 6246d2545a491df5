package io.lectern.content.internal.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;

/**
 * Holds the place of blocks rendered outside Markdown (diagrams). Their HTML, an inline SVG, would
 * not survive the sanitizer that cleans a lesson's raw HTML, and needs none: Lectern wrote it. So
 * each such block becomes a paragraph with an unguessable marker, and the marker is swapped for the
 * block's HTML once the lesson is rendered and sanitized.
 */
final class BlockSlots {

	private final Map<String, String> htmlByMarker = new LinkedHashMap<>();

	static BlockSlots fill(Node document, FencedBlocks blocks, int bodyLine) {
		List<FencedCodeBlock> fenced = new ArrayList<>();
		document.accept(new AbstractVisitor() {
			@Override
			public void visit(FencedCodeBlock block) {
				fenced.add(block);
			}
		});
		BlockSlots slots = new BlockSlots();
		String nonce = Long.toHexString(ThreadLocalRandom.current().nextLong() | Long.MIN_VALUE);
		for (FencedCodeBlock block : fenced) {
			String info = block.getInfo() == null ? "" : block.getInfo().strip();
			String language = info.isEmpty() ? "" : info.split("\\s+")[0];
			int line = LessonLine.of(block, bodyLine);
			blocks.render(language, block.getLiteral(), line, language + "-" + (slots.htmlByMarker.size() + 1))
				.ifPresent(html -> {
					String marker = "lectern-block-" + nonce + "-" + (slots.htmlByMarker.size() + 1);
					Paragraph slot = new Paragraph();
					slot.appendChild(new Text(marker));
					block.insertBefore(slot);
					block.unlink();
					slots.htmlByMarker.put("<p>" + marker + "</p>", html);
				});
		}
		return slots;
	}

	/** Whether a block of the tree is the place of a diagram, which has no text to search. */
	/** Whether a fenced block became something other than code (a diagram). */
	boolean drewAny() {
		return !htmlByMarker.isEmpty();
	}

	boolean holds(Node block) {
		return block instanceof Paragraph paragraph && paragraph.getFirstChild() instanceof Text text
				&& htmlByMarker.containsKey("<p>" + text.getLiteral() + "</p>");
	}

	String restore(String html) {
		String restored = html;
		for (Map.Entry<String, String> slot : htmlByMarker.entrySet()) {
			restored = restored.replace(slot.getKey(), slot.getValue());
		}
		return restored;
	}
}
