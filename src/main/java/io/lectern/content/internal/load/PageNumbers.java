package io.lectern.content.internal.load;

import io.lectern.content.Numbering;
import io.lectern.content.internal.render.Labelled;
import io.lectern.content.internal.render.NumberedBlocks;
import io.lectern.content.internal.render.myst.NumberingSettings;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;

/**
 * The number each page of a course takes from its place among the course's pages, when it asks for
 * one. mystmd's {@code title} numbering counts the pages that number their title in the table of
 * contents' order, 1, 2, 3 (a page whose title has an {@code offset} one level deeper: 3.1, 3.2),
 * and numbers their sections under it (3.1, 3.2) as far as the page's
 * heading settings number them; else a Jupyter Book's {@code numbered} gives the page its place in
 * the toctree (see {@link TocNumbers}), numbering its headings to the toctree's depth. Pages the
 * navigation hides take no number.
 */
final class PageNumbers {

	/**
	 * A page's number.
	 *
	 * @param number the number as the page's title shows it, its enumerator applied ({@code 9.6} for {@code 9.%s})
	 * @param count the count its sections are numbered under ({@code 6}): their own enumerator is
	 *     applied to the whole of theirs, once, as mystmd writes {@code 9.6.1} and not {@code 9.9.6.1}
	 * @param tocHeadingLevels the levels of headings the table of contents numbers under the page;
	 *     empty when the page's own heading settings decide
	 */
	record PageNumber(String number, String count, OptionalInt tocHeadingLevels, Map<Labelled.Kind, Integer> before) {

		private static final PageNumber NONE = new PageNumber("", "", OptionalInt.empty(), Map.of());

		/** The page's numbering settings, placed under this number and after the page before's counts. */
		NumberingSettings settings(Numbering numbering) {
			return NumberingSettings.of(numbering).onPage(count, tocHeadingLevels).after(before);
		}

		PageNumber after(Map<Labelled.Kind, Integer> counts) {
			return new PageNumber(number, count, tocHeadingLevels, counts);
		}
	}

	private PageNumbers() {
	}

	/** @return the numbered pages' numbers, by path */
	static Map<String, PageNumber> of(CoursePlan plan, List<LessonSource> sources, IncludedFiles includes) {
		Map<String, LessonSource> byPath = new HashMap<>();
		sources.forEach(source -> byPath.put(source.path(), source));
		List<LessonSource> pages = new ArrayList<>();
		Map<String, PageNumber> numbers = new HashMap<>();
		int[] titles = new int[6];
		for (CoursePlan.Part part : plan.sections()) {
			for (CoursePlan.Entry entry : part.lessons()) {
				LessonSource source = byPath.get(entry.path());
				if (source == null) {
					continue;
				}
				pages.add(source);
				Numbering numbering = source.numbering().over(plan.numbering());
				if (numbering.numbersTitle()) {
					String count = nextTitle(titles, numbering.titleOffset());
					Optional<String> enumerator = numbering.item("title").enumerator().or(numbering::enumerator);
					numbers.put(entry.path(), new PageNumber(enumerator.map(template -> NumberingSettings.fill(template, count))
						.orElse(count), count, OptionalInt.empty(), Map.of()));
				}
				else if (plan.numbering().tocPages().containsKey(entry.path())) {
					Numbering.TocPage page = plan.numbering().tocPages().get(entry.path());
					numbers.put(entry.path(), new PageNumber(page.number(), page.number(), OptionalInt.of(page.headingLevels()), Map.of()));
				}
			}
		}
		continueCounts(plan, pages, numbers, includes);
		return numbers;
	}

	/**
	 * Counts a numbered title at its offset, as mystmd counts a page's title as a heading one level
	 * deeper per level of offset: the counts above it stay, its own goes up by one and the deeper ones
	 * start again. A page at offset 1 after the page numbered 2 is 2.1; the next at offset 0 is 3.
	 *
	 * @param titles each level's count so far, changed in place
	 * @return the title's number, the counts down to its level ({@code 2.1})
	 */
	private static String nextTitle(int[] titles, int offset) {
		titles[offset]++;
		Arrays.fill(titles, offset + 1, titles.length, 0);
		return Arrays.stream(titles, 0, offset + 1).mapToObj(String::valueOf).collect(Collectors.joining("."));
	}

	/**
	 * Gives each page that continues a kind the counts the page before it ended with; the page
	 * before is counted only then, under its own settings (so a chain of continuing pages counts on),
	 * with the files it includes, whose blocks its page shows as its own.
	 */
	private static void continueCounts(CoursePlan plan, List<LessonSource> pages, Map<String, PageNumber> numbers,
			IncludedFiles includes) {
		if (plan.numbering().chapterDepth().isPresent()) {
			countThroughChapters(plan, pages, numbers, includes);
			return;
		}
		for (int index = 1; index < pages.size(); index++) {
			LessonSource page = pages.get(index);
			NumberingSettings own = NumberingSettings.of(page.numbering().over(plan.numbering()));
			if (Arrays.stream(Labelled.Kind.values()).noneMatch(own::continues)) {
				continue;
			}
			LessonSource previous = pages.get(index - 1);
			NumberingSettings before = numbers.getOrDefault(previous.path(), PageNumber.NONE)
				.settings(previous.numbering().over(plan.numbering()));
			Map<Labelled.Kind, Integer> counts = NumberedBlocks.totals(previous.body(), before,
					includes.of(plan, previous.path()));
			numbers.put(page.path(), numbers.getOrDefault(page.path(), PageNumber.NONE).after(counts));
		}
	}

	/**
	 * Counts as Sphinx's {@code numfig} does, in the table of contents' order: one count of each kind
	 * for each chapter, which every page of the chapter carries on, and one for the pages with no
	 * number, wherever they stand.
	 */
	private static void countThroughChapters(CoursePlan plan, List<LessonSource> pages, Map<String, PageNumber> numbers,
			IncludedFiles includes) {
		Map<String, Map<Labelled.Kind, Integer>> byChapter = new HashMap<>();
		for (LessonSource page : pages) {
			Numbering numbering = page.numbering().over(plan.numbering());
			PageNumber number = numbers.getOrDefault(page.path(), PageNumber.NONE);
			String chapter = NumberingSettings.chapterOf(numbering, number.count());
			number = number.after(byChapter.getOrDefault(chapter, Map.of()));
			numbers.put(page.path(), number);
			byChapter.put(chapter, NumberedBlocks.totals(page.body(), number.settings(numbering), includes.of(plan, page.path())));
		}
	}
}
