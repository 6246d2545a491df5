package io.lectern.content.internal.load;

import io.lectern.content.internal.render.TocLine;
import java.util.ArrayList;
import java.util.List;

/**
 * The pages a course's table of contents nests under one of its lessons, with their addresses in
 * the portal, for Jupyter Book's {@code {tableofcontents}}. Read from the plan rather than from the
 * course's sections, because a Jupyter Book chapter's sections follow it in the navigation yet are
 * its children in its toctree.
 */
final class ChildPages {

	private ChildPages() {
	}

	static List<TocLine> of(CoursePlan plan, String lessonPath, LinkIndex index) {
		return plan.lessons()
			.stream()
			.filter(entry -> entry.path().equals(lessonPath))
			.findFirst()
			.map(entry -> lines(entry.children(), index))
			.orElse(List.of());
	}

	/** Every page of the course, as its table of contents nests them, for mystmd's {@code {toc}} of the project. */
	static List<TocLine> ofCourse(CoursePlan plan, LinkIndex index) {
		return lines(plan.sections(), index);
	}

	private static List<TocLine> lines(List<? extends CoursePlan.Item> items, LinkIndex index) {
		List<TocLine> lines = new ArrayList<>();
		for (CoursePlan.Item item : items) {
			if (item instanceof CoursePlan.Entry entry) {
				page(entry, index, lines);
			}
			else if (item instanceof CoursePlan.Link link) {
				lines.add(new TocLine.Outside(link.title(), link.url()));
			}
			else if (item instanceof CoursePlan.Part part && part.page() != null) {
				// A mystmd page with children: the page holds them itself.
				page(part.page(), index, lines);
			}
			else if (item instanceof CoursePlan.Part part) {
				lines.add(new TocLine.Group(part.title(), lines(part.items(), index)));
			}
		}
		return lines;
	}

	/** A page that did not become a lesson (its file listed twice, its address taken) is left out. */
	private static void page(CoursePlan.Entry entry, LinkIndex index, List<TocLine> lines) {
		index.lessonAt(entry.path()).ifPresent(url -> lines.add(new TocLine.Page(url, lines(entry.children(), index))));
	}
}
