package io.lectern.content.internal.load;

import io.lectern.content.Numbering;
import io.lectern.content.internal.render.myst.NumberingSettings;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The number each page of a course takes from its place among the course's pages, when it asks for
 * one. mystmd's {@code title} numbering counts the pages that number their title in the table of
 * contents' order, 1, 2, 3, and numbers their sections under it (3.1, 3.2) as far as the page's
 * heading settings number them; else a Jupyter Book's {@code numbered} gives the page its place in
 * the toctree (see {@link TocNumbers}), numbering its headings to the toctree's depth. Pages the
 * navigation hides take no number.
 */
final class PageNumbers {

	/**
	 * A page's number.
	 *
	 * @param tocHeadingLevels the levels of headings the table of contents numbers under the page;
	 *     empty when the page's own heading settings decide
	 */
	record PageNumber(String number, OptionalInt tocHeadingLevels) {

		/** The page's numbering settings, placed under this number. */
		NumberingSettings settings(Numbering numbering) {
			return NumberingSettings.of(numbering).onPage(number, tocHeadingLevels);
		}
	}

	private PageNumbers() {
	}

	/** @return the numbered pages' numbers, by path */
	static Map<String, PageNumber> of(CoursePlan plan, List<LessonSource> sources) {
		Map<String, LessonSource> byPath = new HashMap<>();
		sources.forEach(source -> byPath.put(source.path(), source));
		Map<String, PageNumber> numbers = new HashMap<>();
		int titles = 0;
		for (CoursePlan.Part part : plan.sections()) {
			for (CoursePlan.Entry entry : part.lessons()) {
				LessonSource source = byPath.get(entry.path());
				if (source == null) {
					continue;
				}
				Numbering numbering = source.numbering().over(plan.numbering());
				if (numbering.numbersTitle()) {
					String count = String.valueOf(++titles);
					Optional<String> enumerator = numbering.item("title").enumerator().or(numbering::enumerator);
					numbers.put(entry.path(), new PageNumber(enumerator.map(template -> NumberingSettings.fill(template, count))
						.orElse(count), OptionalInt.empty()));
				}
				else if (plan.numbering().tocPages().containsKey(entry.path())) {
					Numbering.TocPage page = plan.numbering().tocPages().get(entry.path());
					numbers.put(entry.path(), new PageNumber(page.number(), OptionalInt.of(page.headingLevels())));
				}
			}
		}
		return numbers;
	}
}
