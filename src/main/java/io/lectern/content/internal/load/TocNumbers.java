package io.lectern.content.internal.load;

import io.lectern.content.Numbering;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The numbers a Jupyter Book's {@code numbered} gives its pages, as Sphinx numbers a numbered
 * toctree: chapters 1, 2, 3 in order, a chapter's sections 2.1, 2.2, theirs 2.1.1; to the depth
 * {@code numbered} names ({@code true} for every depth). Each part is a toctree of its own: Jupyter
 * Book numbers chapters on from one part to the next (with sphinx-multitoc-numbering, which it loads
 * by default), or from 1 again in each part when the book turns that off. The root page is in no
 * toctree and takes no number.
 */
final class TocNumbers {

	private final Map<String, Numbering.TocPage> pages = new LinkedHashMap<>();
	private final List<Integer> counts = new ArrayList<>();
	private final boolean continuous;
	private int depth;

	/** @param continuous whether a part's chapters are numbered on from the last numbered chapter before it */
	TocNumbers(boolean continuous) {
		this.continuous = continuous;
	}

	/** A new toctree (the book, or one of its parts), numbered {@code depth} levels deep; 0 for not at all. */
	void startToctree(int depth) {
		this.depth = depth;
		counts.subList(continuous ? Math.min(1, counts.size()) : 0, counts.size()).clear();
	}

	/** Counts a page at its level of the toctree (0 for a chapter) and keeps its number, if the level is numbered. */
	void page(String path, int level) {
		if (level >= depth) {
			return;
		}
		while (counts.size() <= level) {
			counts.add(0);
		}
		counts.set(level, counts.get(level) + 1);
		counts.subList(level + 1, counts.size()).clear();
		String number = counts.stream().map(String::valueOf).collect(Collectors.joining("."));
		int headingLevels = depth == Integer.MAX_VALUE ? Integer.MAX_VALUE : depth - level - 1;
		pages.put(path, new Numbering.TocPage(number, headingLevels));
	}

	Map<String, Numbering.TocPage> pages() {
		return Map.copyOf(pages);
	}

	/** A {@code numbered} value as a depth: {@code true} every depth, a whole number that many, else none. */
	static int depthOf(String numbered) {
		String value = numbered.strip();
		if (value.equalsIgnoreCase("true")) {
			return Integer.MAX_VALUE;
		}
		return value.matches("[0-9]{1,3}") ? Integer.parseInt(value) : 0;
	}
}
