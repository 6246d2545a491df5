package io.lectern.content.internal.render.myst;

import io.lectern.content.Numbering;
import io.lectern.content.internal.render.ContentWords;
import io.lectern.content.internal.render.Labelled;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * How a page numbers its blocks, from its {@code numbering} front matter over its project's. As in
 * mystmd, figures, tables, equations, code blocks and exercises are numbered unless switched off;
 * headings are not unless switched on ({@code headings}, or {@code heading_1} to {@code heading_6}
 * one depth at a time), and then read as sections do: 1, 1.1, 1.2, 2. A page that takes a number
 * from its place in the course (mystmd's {@code title}, Jupyter Book's {@code numbered}) numbers its
 * sections under it: 3.1, 3.2. A kind that continues ({@code continue: true}) counts on from
 * where the page before in the table of contents left it.
 */
public final class NumberingSettings {

	public static final NumberingSettings DEFAULT = of(Numbering.NONE);

	private final Numbering written;
	private final ContentWords words;
	private final String page;
	private final OptionalInt tocHeadingLevels;
	private final Map<Labelled.Kind, Integer> before;

	private NumberingSettings(Numbering written, ContentWords words, String page, OptionalInt tocHeadingLevels,
			Map<Labelled.Kind, Integer> before) {
		this.written = written;
		this.words = words;
		this.page = page;
		this.tocHeadingLevels = tocHeadingLevels;
		this.before = Map.copyOf(before);
	}

	public static NumberingSettings of(Numbering written) {
		return new NumberingSettings(written, ContentWords.ENGLISH, "", OptionalInt.empty(), Map.of());
	}

	/** The same settings, references showing the words of the course's language ("Abbildung %s"). */
	public NumberingSettings writtenIn(ContentWords language) {
		return new NumberingSettings(written, language, page, tocHeadingLevels, before);
	}

	/**
	 * The same settings on a page whose kinds that continue ({@code continue: true}) carry on from
	 * the counts the page before ended with.
	 *
	 * @param counts the page before's last count of each kind
	 */
	public NumberingSettings after(Map<Labelled.Kind, Integer> counts) {
		return new NumberingSettings(written, words, page, tocHeadingLevels, counts);
	}

	/** Whether a kind's count carries on from the page before: always, through Sphinx's chapters. */
	public boolean continues(Labelled.Kind kind) {
		return kind != Labelled.Kind.HEADING && (written.continues(key(kind)) || written.chapterDepth().isPresent());
	}

	/**
	 * The chapter a page's blocks are counted in when numbered through chapters, as Sphinx's
	 * {@code numfig} counts them: the first parts of the page's number ({@code 4} for {@code 4.2});
	 * empty for a page without a number, or when blocks are numbered page by page.
	 */
	public static String chapterOf(Numbering numbering, String pageNumber) {
		if (numbering.chapterDepth().isEmpty() || pageNumber.isEmpty()) {
			return "";
		}
		String[] parts = pageNumber.split("\\.");
		return String.join(".", Arrays.copyOf(parts, Math.min(parts.length, numbering.chapterDepth().getAsInt())));
	}

	/**
	 * The count a kind stands at before the page's first block of it: the page before's when the
	 * kind continues and the page gives no {@code start} of its own (which mystmd lets win), else none.
	 */
	OptionalInt countBefore(Labelled.Kind kind) {
		if (!continues(kind) || written.item(key(kind)).start().isPresent() || !before.containsKey(kind)) {
			return OptionalInt.empty();
		}
		return OptionalInt.of(before.get(kind));
	}

	/**
	 * The same settings on a page numbered {@code number} in its course.
	 *
	 * @param tocHeadingLevels how many levels of the page's headings its table of contents numbers
	 *     (Jupyter Book's {@code numbered}); empty when the page's heading settings decide, as with
	 *     mystmd's {@code title}
	 */
	public NumberingSettings onPage(String number, OptionalInt tocHeadingLevels) {
		return new NumberingSettings(written, words, number, tocHeadingLevels, before);
	}

	/** The page's own number, under which its sections are numbered; empty when it has none. */
	String page() {
		return page;
	}

	/**
	 * Whether {@code {ref}} shows a numbered section's title, as Sphinx does in a Jupyter Book 1,
	 * whose numbering is numfig's; mystmd shows its number.
	 */
	boolean refShowsTitle() {
		return written.chapterDepth().isPresent();
	}

	/** The page's number as a reference to its title shows it, its headings' enumerator applied; empty for none. */
	public String pageNumber() {
		return page.isEmpty() ? "" : enumerate(Labelled.Kind.HEADING, page);
	}

	/** How many levels of headings the table of contents numbers, when it decides. */
	OptionalInt tocHeadingLevels() {
		return tocHeadingLevels;
	}

	public boolean numbers(Labelled.Kind kind) {
		return kind != Labelled.Kind.HEADING && written.of(key(kind)).orElse(true);
	}

	/**
	 * Whether a block of this kind with no label takes a number: not an equation in a Jupyter Book
	 * built by Sphinx, which numbers only the labelled ones. A subequation goes with its group.
	 */
	boolean numbersUnlabelled(Labelled.Kind kind) {
		return !written.onlyWhenLabelled(key(kind == Labelled.Kind.SUBEQUATION ? Labelled.Kind.EQUATION : kind));
	}

	/** @param depth 1 for {@code #}, up to 6 */
	public boolean numbersHeadings(int depth) {
		return written.of("heading_" + depth).orElse(tocHeadingLevels.orElse(0) > 0);
	}

	/** The kind whose count a block of this kind takes its number from: its own, unless it shares another's. */
	Labelled.Kind counterOf(Labelled.Kind kind) {
		String counter = written.counterOf(key(kind));
		return Arrays.stream(Labelled.Kind.values()).filter(other -> key(other).equals(counter)).findFirst().orElse(kind);
	}

	/** The number the first block of a kind takes ({@code start}), 1 unless the author says. */
	int start(Labelled.Kind kind) {
		return written.item(key(kind)).start().orElse(1);
	}

	int headingStart(int depth) {
		return written.item("heading_" + depth).start().orElse(1);
	}

	/** A count as the page writes it: {@code 3}, or with an {@code enumerator} of {@code A.%s}, {@code A.3}. */
	String enumerate(Labelled.Kind kind, String count) {
		if (kind != Labelled.Kind.HEADING && written.chapterDepth().isPresent()) {
			// Sphinx joins the chapter's number and the count with a dot: (4.1), Theorem 4.2.
			String chapter = chapterOf(written, page);
			return chapter.isEmpty() ? count : chapter + "." + count;
		}
		Optional<String> enumerator = written.item(kind == Labelled.Kind.HEADING ? "headings" : key(kind)).enumerator()
			.or(written::enumerator);
		return enumerator.map(template -> fill(template, count)).orElse(count);
	}

	/** What a reference to a numbered block of this kind shows without text of its own: "Figure %s", or the author's. */
	String referenceTemplate(Labelled.Kind kind) {
		boolean equation = kind == Labelled.Kind.EQUATION || kind == Labelled.Kind.SUBEQUATION;
		String fallback = equation ? "(%s)" : (words.kind(kind) + " %s").strip();
		return written.item(kind == Labelled.Kind.HEADING ? "headings" : key(kind)).template().orElse(fallback);
	}

	public static String fill(String template, String number) {
		return template.replace("%s", number).replace("{number}", number);
	}

	private static String key(Labelled.Kind kind) {
		return kind.name().toLowerCase(Locale.ROOT);
	}
}
