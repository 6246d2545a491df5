package io.lectern.content.internal.load;

import io.lectern.content.internal.Slugs;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The addresses a mystmd site served its pages at, so that links to the old site still find them.
 * mystmd's slugs are its own (a file name alone, a leading number dropped, numbered when two pages
 * share one), and the numbering depends on the order pages are met, so one instance follows one
 * walk of a project's table of contents.
 */
final class MystAddresses {

	private final String dir;
	private final String config;
	private final Map<String, Integer> flatSlugs = new HashMap<>();

	/** @param config the {@code myst.yml} the pages are listed in */
	MystAddresses(String dir, String config) {
		this.dir = dir;
		this.config = config;
	}

	/**
	 * A page and the addresses mystmd served it at: its path in the project (with
	 * {@code site.options.folders}) and, by default, its file name alone as mystmd slugs it, numbered
	 * when two pages share one.
	 */
	CoursePlan.Entry entry(String path, int line) {
		String relative = dir.isEmpty() ? path : path.substring(dir.length() + 1);
		List<String> oldPaths = new ArrayList<>(BookPages.oldPaths("/" + Slugs.withoutExtension(relative)));
		String flat = flatSlug(relative.substring(relative.lastIndexOf('/') + 1));
		int seen = flatSlugs.merge(flat, 1, Integer::sum);
		String address = "/" + (seen == 1 ? flat : flat + "-" + (seen - 1));
		if (!oldPaths.contains(address)) {
			oldPaths.add(address);
		}
		return new CoursePlan.Entry(path, config, line, oldPaths);
	}

	/** mystmd's slug of a file name: a leading number dropped unless it reads as a year, at most 50 characters. */
	static String flatSlug(String fileName) {
		String name = Slugs.withoutExtension(fileName);
		String stripped = name.matches("^\\d{4}([-_].*)?$") ? name : name.replaceFirst("^\\d+[-_. ]*", "");
		String slug = Slugs.slugify(stripped.isEmpty() ? name : stripped);
		return slug.length() > 50 ? slug.substring(0, 50).replaceFirst("-+$", "") : slug;
	}
}
