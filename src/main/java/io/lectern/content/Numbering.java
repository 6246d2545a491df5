package io.lectern.content;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * What a project file or a page's front matter asks to be numbered, as mystmd writes it:
 * {@code numbering: true}, {@code false}, or kinds ({@code figure}, {@code equation},
 * {@code headings}, {@code heading_2}...) each {@code true}, {@code false} or an object with
 * {@code enabled}, {@code start}, {@code enumerator} and {@code template}; and an {@code enumerator}
 * for every kind ({@code A.%s}). A project's table of contents may number its pages itself (Jupyter
 * Book's {@code numbered}); those numbers are kept beside it. Kept as written; absent keys leave each
 * kind to its default.
 *
 * @param all {@code numbering: true} or {@code false}
 * @param kinds each kind the file names, with what it says of it
 * @param enumerator how every number is written, {@code %s} standing for the count
 * @param tocPages the number the table of contents gives each page it numbers, by the page's path
 * @param labelledOnly the kinds numbered only where the author labels a block: a Jupyter Book built
 *     by Sphinx numbers an equation only when it has a label ({@code math_number_all} off), where
 *     mystmd numbers every one
 * @param chapterDepth for a Jupyter Book built by Sphinx, whose {@code numfig} numbers blocks through
 *     the whole book: how many parts of a page's number prefix its blocks' numbers and keep a count
 *     of their own ({@code numfig_secnum_depth}, 1 unless said: Figure 4.2 is chapter 4's second,
 *     wherever in chapter 4 it is); empty for mystmd's numbering, page by page
 * @param counters kinds that share another kind's count, as sphinx-proof's
 *     {@code prf_realtyp_to_countertyp} makes them ({@code notation: theorem}: Theorem 1, Notation 2)
 */
public record Numbering(Optional<Boolean> all, Map<String, TocPage> tocPages, Map<String, Item> kinds,
		Optional<String> enumerator, Set<String> labelledOnly, OptionalInt chapterDepth, Map<String, String> counters) {

	public static final Numbering NONE = new Numbering(Optional.empty(), Map.of(), Map.of(), Optional.empty());

	/**
	 * A page the table of contents numbers, as Sphinx numbers a {@code numbered} toctree.
	 *
	 * @param number the page's place: {@code 2}, or {@code 2.1} for the first section of chapter 2
	 * @param headingLevels how many levels of the page's own headings are numbered under it
	 *     ({@code numbered: 3} on a chapter's page leaves two), {@link Integer#MAX_VALUE} for all
	 */
	public record TocPage(String number, int headingLevels) {
	}

	/**
	 * One kind's settings.
	 *
	 * @param start the first number
	 * @param enumerator how this kind's numbers are written ({@code S%s})
	 * @param template what a reference to one shows when it has no text of its own ({@code fig. %s})
	 * @param continues whether the count carries on from the page before in the table of contents
	 *     ({@code continue: true}) instead of starting again
	 * @param offset for {@code title} only: how many levels the page sits below the top of the
	 *     course's numbering, as mystmd's {@code title.offset} says (0 to 5; a page at offset 1 is
	 *     numbered as a section of the titled page before it, 1.1)
	 */
	public record Item(Optional<Boolean> enabled, OptionalInt start, Optional<String> enumerator, Optional<String> template,
			Optional<Boolean> continues, OptionalInt offset) {

		public static final Item NONE = new Item(Optional.empty(), OptionalInt.empty(), Optional.empty(), Optional.empty());

		/** Settings that say nothing of continuing or of a title's offset. */
		public Item(Optional<Boolean> enabled, OptionalInt start, Optional<String> enumerator, Optional<String> template) {
			this(enabled, start, enumerator, template, Optional.empty());
		}

		/** Settings that say nothing of a title's offset. */
		public Item(Optional<Boolean> enabled, OptionalInt start, Optional<String> enumerator, Optional<String> template,
				Optional<Boolean> continues) {
			this(enabled, start, enumerator, template, continues, OptionalInt.empty());
		}

		public static Item enabled(boolean enabled) {
			return new Item(Optional.of(enabled), OptionalInt.empty(), Optional.empty(), Optional.empty());
		}

		/** This item's settings, the other's where this one says nothing. */
		Item over(Item other) {
			return new Item(enabled.or(other::enabled), start.isPresent() ? start : other.start,
					enumerator.or(other::enumerator), template.or(other::template), continues.or(other::continues),
					offset.isPresent() ? offset : other.offset);
		}
	}

	public Numbering {
		tocPages = Map.copyOf(tocPages);
		kinds = Map.copyOf(kinds);
		labelledOnly = Set.copyOf(labelledOnly);
		counters = Map.copyOf(counters);
	}

	/** Numbering page by page, as mystmd has it, with these kinds numbered only when labelled. */
	public Numbering(Optional<Boolean> all, Map<String, TocPage> tocPages, Map<String, Item> kinds,
			Optional<String> enumerator, Set<String> labelledOnly) {
		this(all, tocPages, kinds, enumerator, labelledOnly, OptionalInt.empty(), Map.of());
	}

	/** Numbering as mystmd has it: every block of a numbered kind, labelled or not. */
	public Numbering(Optional<Boolean> all, Map<String, TocPage> tocPages, Map<String, Item> kinds,
			Optional<String> enumerator) {
		this(all, tocPages, kinds, enumerator, Set.of());
	}

	/** What a page or project file writes, numbering no page of a table of contents. */
	public Numbering(Optional<Boolean> all, Map<String, Item> kinds, Optional<String> enumerator) {
		this(all, Map.of(), kinds, enumerator);
	}

	/** A table of contents' own numbers, with nothing else said. */
	public static Numbering ofTocPages(Map<String, TocPage> tocPages) {
		return new Numbering(Optional.empty(), tocPages, Map.of(), Optional.empty());
	}

	/** The same numbering, with these kinds numbered only where a block is labelled. */
	public Numbering labelledOnly(Set<String> kinds) {
		return new Numbering(all, tocPages, this.kinds, enumerator, kinds, chapterDepth, counters);
	}

	/**
	 * The same numbering as Sphinx's {@code numfig} has it: each kind counted on through the book in
	 * the table of contents' order, one count for each chapter, whose number ({@code depth} parts of
	 * its pages' numbers) goes before the count; with no numbered chapter, one count for the book.
	 */
	public Numbering throughChapters(int depth) {
		return new Numbering(all, tocPages, kinds, enumerator, labelledOnly, OptionalInt.of(Math.max(0, depth)), counters);
	}

	/** The same numbering, with these kinds counted on another's count ({@code notation} on {@code theorem}'s). */
	public Numbering sharingCounts(Map<String, String> counters) {
		return new Numbering(all, tocPages, kinds, enumerator, labelledOnly, chapterDepth, counters);
	}

	/** The kind whose count a kind is counted on: its own unless it shares another's. */
	public String counterOf(String kind) {
		return counters.getOrDefault(kind, kind);
	}

	/** Whether a block of this kind takes a number only when the author labels it. */
	public boolean onlyWhenLabelled(String kind) {
		return labelledOnly.contains(kind);
	}

	/**
	 * Whether the page's title takes a number from its place among the course's pages ({@code title},
	 * or {@code numbering: true}), as mystmd's title numbering does.
	 */
	public boolean numbersTitle() {
		// Only when said of titles themselves: mystmd reads numbering.title.enabled, never all's, so
		// "numbering: true" numbers a page's headings and blocks but not its title.
		return item("title").enabled().orElse(false);
	}

	/** How many levels below the course's top the page's title is numbered ({@code title.offset}), 0 unless said. */
	public int titleOffset() {
		return item("title").offset().orElse(0);
	}

	/**
	 * Whether a kind ({@code figure}, {@code heading_2}...) is numbered, if the file says: the kind
	 * itself, then {@code headings} for a heading level, then {@code all}.
	 */
	public Optional<Boolean> of(String kind) {
		Optional<Boolean> own = item(kind).enabled();
		if (own.isEmpty() && kind.startsWith("heading_")) {
			own = item("headings").enabled();
		}
		return own.or(() -> item("all").enabled()).or(() -> all);
	}

	/**
	 * Whether a kind's count carries on from the page before, as mystmd's {@code continue} says: the
	 * kind's own setting, else {@code all}'s.
	 */
	public boolean continues(String kind) {
		return item(kind).continues().or(() -> item("all").continues()).orElse(false);
	}

	/** What the file says of a kind, with {@code headings} standing in for a heading level it does not name. */
	public Item item(String kind) {
		Item own = kinds.getOrDefault(kind, Item.NONE);
		return kind.startsWith("heading_") ? own.over(kinds.getOrDefault("headings", Item.NONE)) : own;
	}

	/**
	 * A page's numbering over its project's, as mystmd has it ("page can override project"): what the
	 * page says of a kind wins, and the project's fills in the rest; {@code numbering: true} or
	 * {@code false} on the page replaces the project's kinds altogether.
	 */
	public Numbering over(Numbering project) {
		if (all.isPresent()) {
			return new Numbering(all, project.tocPages, kinds, enumerator.or(project::enumerator), project.labelledOnly,
					project.chapterDepth, project.counters);
		}
		Map<String, Item> merged = new HashMap<>(project.kinds);
		kinds.forEach((kind, item) -> merged.merge(kind, item, (projects, pages) -> pages.over(projects)));
		return new Numbering(project.all, project.tocPages, merged, enumerator.or(project::enumerator),
				project.labelledOnly, project.chapterDepth, project.counters);
	}
}
