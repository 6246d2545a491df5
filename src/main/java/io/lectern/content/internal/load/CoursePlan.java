package io.lectern.content.internal.load;

import java.util.List;

/**
 * What a course should contain, as its {@code course.yml}, its table of contents or its folder
 * says, before any lesson file is read.
 *
 * @param dir the course folder relative to the content folder, {@code ""} for the content folder itself
 * @param sections lesson files in reading order, grouped into sections
 * @param baseUrl the path the author's old site was published under ({@code /awsbigdata}), which
 *     prefixes every old address of its pages; empty when it was served from the root
 */
record CoursePlan(String dir, String slug, String title, String summary, List<Part> sections, String baseUrl) {

	CoursePlan(String dir, String slug, String title, String summary, List<Part> sections) {
		this(dir, slug, title, summary, sections, "");
	}

	/** An old address of a page, and the same address under the old site's base URL. */
	List<String> oldAddresses(String oldPath) {
		if (baseUrl.isEmpty() || oldPath.startsWith(baseUrl + "/")) {
			return List.of(oldPath);
		}
		return List.of(oldPath, baseUrl + (oldPath.startsWith("/") ? oldPath : "/" + oldPath));
	}

	/** One line of a section: a lesson file, or a link to an outside page. */
	sealed interface Item permits Entry, Link {
	}

	/**
	 * A section of the plan; the title is null for a course without sections.
	 *
	 * @param items lesson files and outside links in navigation order
	 */
	record Part(String title, List<? extends Item> items) {

		Part {
			items = List.copyOf(items);
		}

		List<Entry> lessons() {
			return items.stream().filter(Entry.class::isInstance).map(Entry.class::cast).toList();
		}
	}

	/**
	 * One lesson file of the plan.
	 *
	 * @param path file path relative to the content folder
	 * @param listedIn the file that named it and the line, for reporting a missing file
	 * @param oldPaths addresses the page had on the site the plan was read from, which answer 301
	 */
	record Entry(String path, String listedIn, int line, List<String> oldPaths) implements Item {

		Entry {
			oldPaths = List.copyOf(oldPaths);
		}

		Entry(String path, String listedIn, int line) {
			this(path, listedIn, line, List.of());
		}
	}

	/** A link to a page outside the portal, shown in the course navigation. */
	record Link(String title, String url) implements Item {
	}

	String pathOf(String relative) {
		return dir.isEmpty() ? relative : dir + "/" + relative;
	}
}
