package io.lectern.content.internal.render.myst;

import io.lectern.content.internal.render.Labelled;
import io.lectern.content.internal.render.LessonLine;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Node;

/**
 * The pass over a finished lesson tree that numbers its labelled blocks per kind, in reading order,
 * and gives each an id: from its label when it has one, {@code figure-3} when it is only numbered.
 * Blocks with neither (a heading with no label) keep the id they came with, and no label takes it.
 */
public final class Numbering {

	private Numbering() {
	}

	/**
	 * @param bodyLine the line of the file the Markdown starts on, for the targets' lines
	 * @return the lesson's targets, one per label, in reading order
	 */
	public static List<Target> number(Node document, NumberingSettings settings, int bodyLine) {
		List<Target> targets = new ArrayList<>();
		number(document, settings, bodyLine, targets);
		return targets;
	}

	/**
	 * Numbers a lesson only to know where its counts end, for the page after it when that page
	 * continues them.
	 *
	 * @return each kind's last count
	 */
	public static Map<Labelled.Kind, Integer> totals(Node document, NumberingSettings settings) {
		return number(document, settings, 1, new ArrayList<>()).totals();
	}

	private static Counts number(Node document, NumberingSettings settings, int bodyLine, List<Target> targets) {
		List<Labelled> blocks = new ArrayList<>();
		document.accept(new AbstractVisitor() {
			@Override
			public void visit(CustomBlock block) {
				collect(block);
				visitChildren(block);
			}

			@Override
			public void visit(CustomNode node) {
				collect(node);
				visitChildren(node);
			}

			private void collect(Node node) {
				if (node instanceof Labelled labelled) {
					blocks.add(labelled);
				}
			}
		});
		Set<String> taken = new HashSet<>();
		blocks.stream().filter(Numbering::keepsItsId).forEach(block -> taken.add(block.anchor()));
		Counts counts = new Counts(settings, blocks);
		List<LabelLine> aliases = new ArrayList<>();
		// A target line before a block without a label of its own gives it its address too, as mystmd
		// hands the target's identifier on to the block after it.
		Map<Labelled, String> namedBefore = new IdentityHashMap<>();
		for (Labelled block : blocks) {
			if (block instanceof LabelLine line) {
				line.names().filter(named -> named.label().isEmpty())
					.ifPresent(named -> namedBefore.putIfAbsent(named, line.label().orElseThrow()));
			}
		}
		for (Labelled block : blocks) {
			if (block instanceof LabelLine line && line.names().isPresent()) {
				aliases.add(line);
				continue;
			}
			String number = counts.next(block);
			if (keepsItsId(block)) {
				block.assign(block.anchor(), number);
				continue;
			}
			String kind = block.kind().name().toLowerCase(Locale.ROOT);
			String wanted = block.label()
				.or(() -> Optional.ofNullable(namedBefore.get(block)))
				.orElse(number.isEmpty() ? kind : kind + "-" + Labels.idOf(number));
			block.assign(Labels.uniqueId(wanted, taken), number);
			block.label().ifPresent(label -> targets.add(target(label, block, block, settings, bodyLine)));
		}
		for (LabelLine alias : aliases) {
			targets.add(target(alias.label().orElseThrow(), alias.names().orElseThrow(), alias, settings, bodyLine));
		}
		return counts;
	}

	/** Unlabelled headings keep the id made from their text, numbered or not; other blocks keep theirs when unnumbered. */
	private static boolean keepsItsId(Labelled block) {
		return block.label().isEmpty() && block.anchor() != null
				&& (block.kind() == Labelled.Kind.HEADING || !block.numbered());
	}

	private static Target target(String label, Labelled block, Labelled writtenAt, NumberingSettings settings, int bodyLine) {
		Node node = (Node) writtenAt;
		int line = LessonLine.of(node, bodyLine);
		String subEnumerator = block instanceof Subfigure subfigure && !block.number().isEmpty() ? subfigure.letter : block.number();
		return new Target(Labels.normalize(label), block.anchor(), block.kind(), block.number(),
				settings.referenceTemplate(block.kind()), block.title(), line, subEnumerator, settings.refShowsTitle());
	}
}
