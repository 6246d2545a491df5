package io.lectern.content.internal.render.myst;

import io.lectern.content.internal.render.Labelled;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The running counts of one lesson's numbering pass, as mystmd keeps them: one count per kind, from
 * its {@code start}; and for headings one count per depth, a deeper one starting again under each
 * shallower heading. Depths the page does not number, or has no heading at, are left out of a
 * section's number, so a lesson whose sections start at {@code ##} numbers them 1, 2, 2.1; on a page
 * numbered 3 in its course, 3.1, 3.2, 3.2.1. The equations of a {@code subequations} group take
 * letters after the group's number from a count of their own, which each equation starts again.
 */
final class Counts {

	private static final int DEPTHS = 6;

	private final NumberingSettings settings;
	private final Map<Labelled.Kind, Integer> counts = new EnumMap<>(Labelled.Kind.class);
	private int subequations;
	/** The number the author gave the last equation, which its subequations take their letters after. */
	private String ownGroup = "";
	/** Whether the last equation took a number, which its subequations need to take letters after it. */
	private boolean groupNumbered = true;
	/** A count per heading depth; {@code null} at the depths that take no part. */
	private final Integer[] sections = new Integer[DEPTHS];

	Counts(NumberingSettings settings, List<Labelled> blocks) {
		this.settings = settings;
		for (Labelled.Kind kind : Labelled.Kind.values()) {
			settings.countBefore(kind).ifPresent(count -> counts.put(kind, count));
		}
		for (Labelled block : blocks) {
			int depth = block.headingDepth();
			if (depth >= 1 && depth <= DEPTHS && settings.numbersHeadings(depth)) {
				sections[depth - 1] = settings.headingStart(depth) - 1;
			}
		}
		int levels = settings.tocHeadingLevels().orElse(DEPTHS);
		for (int depth = 0, level = 0; depth < DEPTHS; depth++) {
			if (sections[depth] != null && ++level > levels) {
				sections[depth] = null;
			}
		}
	}

	/** The block's number as the page writes it, empty when it takes none; counts it. */
	String next(Labelled block) {
		if (block.kind() != Labelled.Kind.HEADING && block.enumerator().isPresent()) {
			// As mystmd has it, an author's own number is shown as written and counts for nothing.
			if (block.kind() == Labelled.Kind.EQUATION) {
				subequations = 0;
				ownGroup = block.enumerator().get();
				groupNumbered = true;
			}
			return block.enumerator().get();
		}
		if (!block.numbered()) {
			return "";
		}
		if (block.kind() == Labelled.Kind.HEADING) {
			int depth = block.headingDepth();
			return depth >= 1 && depth <= DEPTHS && sections[depth - 1] != null ? section(depth) : "";
		}
		if (!settings.numbers(block.kind())) {
			return "";
		}
		if (!settings.numbersUnlabelled(block.kind())) {
			// Sphinx's rule: an equation without a label is shown without a number, and so is its group.
			boolean numbered = block.kind() == Labelled.Kind.SUBEQUATION ? groupNumbered : block.label().isPresent();
			if (block.kind() == Labelled.Kind.EQUATION) {
				groupNumbered = numbered;
			}
			if (!numbered) {
				return "";
			}
		}
		if (block instanceof Subfigure subfigure) {
			// Its figure comes before it in reading order, so the figure's number is already known.
			return subfigure.figure.number().isEmpty() ? "" : subfigure.figure.number() + subfigure.letter;
		}
		if (block.kind() == Labelled.Kind.SUBEQUATION) {
			if (!ownGroup.isEmpty()) {
				return ownGroup + Subfigure.letter(subequations++);
			}
			// Its group is an equation counted just before it, so the equation count is the group's.
			String group = counts.getOrDefault(Labelled.Kind.EQUATION, 0) + Subfigure.letter(subequations++);
			return settings.enumerate(Labelled.Kind.EQUATION, group);
		}
		int count = counts.merge(settings.counterOf(block.kind()), settings.start(block.kind()), (counted, start) -> counted + 1);
		if (block.kind() == Labelled.Kind.EQUATION) {
			subequations = 0;
			ownGroup = "";
		}
		return settings.enumerate(block.kind(), String.valueOf(count));
	}

	/** Where each kind's count stands: after the page's last block of it, or where the page before left it. */
	Map<Labelled.Kind, Integer> totals() {
		return Map.copyOf(counts);
	}

	/** Counts a heading at {@code depth} and writes its number: the counts down to it, trailing zeros left off. */
	private String section(int depth) {
		sections[depth - 1]++;
		for (int deeper = depth; deeper < DEPTHS; deeper++) {
			if (sections[deeper] != null) {
				sections[deeper] = 0;
			}
		}
		List<Integer> parts = new ArrayList<>();
		for (Integer count : sections) {
			if (count != null) {
				parts.add(count);
			}
		}
		while (!parts.isEmpty() && parts.get(parts.size() - 1) == 0) {
			parts.remove(parts.size() - 1);
		}
		List<String> written = new ArrayList<>(parts.stream().map(String::valueOf).toList());
		if (!settings.page().isEmpty()) {
			written.add(0, settings.page());
		}
		return settings.enumerate(Labelled.Kind.HEADING, String.join(".", written));
	}
}
