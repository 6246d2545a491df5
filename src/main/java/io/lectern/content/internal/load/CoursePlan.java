package io.lectern.content.internal.load;

import io.lectern.content.Bibliography;
import io.lectern.content.CertificateRule;
import io.lectern.content.Numbering;
import io.lectern.content.internal.math.MathMacros;
import java.util.ArrayList;
import java.util.List;

/**
 * What a course should contain, as its {@code course.yml}, its table of contents or its folder
 * says, before any lesson file is read.
 *
 * @param dir the course folder relative to the content folder, {@code ""} for the content folder itself
 * @param sections lesson files in reading order, grouped into sections
 * @param unlisted lesson files the table of contents hides: published, but not in the navigation
 * @param baseUrl the path the author's old site was published under ({@code /awsbigdata}), which
 *     prefixes every old address of its pages; empty when it was served from the root
 * @param mathMacros the TeX macros of a {@code myst.yml} project's {@code math:}, for every page
 * @param certificate when the course awards a certificate, as its {@code course.yml} says
 * @param project the format of the project file the plan was read from, and what it says for every page
 */
record CoursePlan(String dir, String slug, String title, String summary, List<Part> sections, List<Entry> unlisted,
		List<String> authors, Numbering numbering, Bibliography bibliography, String baseUrl, MathMacros mathMacros,
		CertificateRule certificate, ProjectSettings project) {

	CoursePlan {
		sections = List.copyOf(sections);
		unlisted = List.copyOf(unlisted);
		authors = List.copyOf(authors);
	}

	CoursePlan(String dir, String slug, String title, String summary, List<Part> sections, List<Entry> unlisted,
			List<String> authors, Numbering numbering, Bibliography bibliography, String baseUrl, MathMacros mathMacros,
			ProjectSettings project) {
		this(dir, slug, title, summary, sections, unlisted, authors, numbering, bibliography, baseUrl, mathMacros,
				CertificateRule.NONE, project);
	}

	CoursePlan(String dir, String slug, String title, String summary, List<Part> sections, ProjectSettings project) {
		this(dir, slug, title, summary, sections, List.of(), List.of(), Numbering.NONE, Bibliography.NONE, "", MathMacros.NONE,
				project);
	}

	/** The same plan, as published under {@code baseUrl} on the author's old site. */
	CoursePlan withBaseUrl(String baseUrl) {
		return new CoursePlan(dir, slug, title, summary, sections, unlisted, authors, numbering, bibliography, baseUrl, mathMacros,
				certificate, project);
	}

	/** The same plan, awarding a certificate as {@code certificate} says. */
	CoursePlan withCertificate(CertificateRule certificate) {
		return new CoursePlan(dir, slug, title, summary, sections, unlisted, authors, numbering, bibliography, baseUrl, mathMacros,
				certificate, project);
	}

	/** An old address of a page, and the same address under the old site's base URL. */
	List<String> oldAddresses(String oldPath) {
		if (baseUrl.isEmpty() || oldPath.startsWith(baseUrl + "/")) {
			return List.of(oldPath);
		}
		return List.of(oldPath, baseUrl + (oldPath.startsWith("/") ? oldPath : "/" + oldPath));
	}

	/** One line of a section: a lesson file, a link to an outside page, or a sub-section. */
	sealed interface Item permits Entry, Link, Part {
	}

	/**
	 * A section of the plan, or a sub-section within one; the title is null for a course without
	 * sections, and for a section that takes the title of its page.
	 *
	 * @param page the lesson file that opens the section, or null
	 * @param items lesson files, outside links and sub-sections in navigation order
	 */
	record Part(String title, Entry page, List<? extends Item> items) implements Item {

		Part {
			items = List.copyOf(items);
		}

		Part(String title, List<? extends Item> items) {
			this(title, null, items);
		}

		/** Every lesson file of the part in reading order, its page first, sub-sections' files in place. */
		List<Entry> lessons() {
			List<Entry> lessons = new ArrayList<>();
			if (page != null) {
				lessons.add(page);
			}
			for (Item item : items) {
				if (item instanceof Entry entry) {
					lessons.add(entry);
				}
				else if (item instanceof Part part) {
					lessons.addAll(part.lessons());
				}
			}
			return lessons;
		}
	}

	/**
	 * One lesson file of the plan.
	 *
	 * @param path file path relative to the content folder
	 * @param listedIn the file that named it and the line, for reporting a missing file
	 * @param oldPaths addresses the page had on the site the plan was read from, which answer 301
	 * @param title what the table of contents calls the page ({@code title} beside its {@code file}),
	 *     which names it in navigation instead of its own title; null when it says nothing
	 * @param children the pages the table of contents nests under this one, as Jupyter Book's
	 *     {@code {tableofcontents}} lists them: pages (with theirs), outside links, and captioned
	 *     groups of them (a book's parts, under its root); nested however the navigation shows them
	 */
	record Entry(String path, String listedIn, int line, List<String> oldPaths, String title,
			List<? extends Item> children) implements Item {

		Entry {
			oldPaths = List.copyOf(oldPaths);
			children = List.copyOf(children);
		}

		Entry(String path, String listedIn, int line, List<String> oldPaths) {
			this(path, listedIn, line, oldPaths, null, List.of());
		}

		Entry(String path, String listedIn, int line) {
			this(path, listedIn, line, List.of());
		}

		/** The same page, as a table of contents titles it; {@code title} may be null. */
		Entry titled(String title) {
			return new Entry(path, listedIn, line, oldPaths, title, children);
		}

		/** The same page, with the pages a table of contents nests under it. */
		Entry holding(List<? extends Item> children) {
			return new Entry(path, listedIn, line, oldPaths, title, children);
		}
	}

	/** A link to a page outside the portal, shown in the course navigation. */
	record Link(String title, String url) implements Item {
	}

	/** Every lesson file of the plan, listed or not. */
	List<Entry> lessons() {
		List<Entry> lessons = new ArrayList<>();
		sections.forEach(part -> lessons.addAll(part.lessons()));
		lessons.addAll(unlisted);
		return lessons;
	}

	/** Whether a file of the content folder is in the course's folder, so that changing it changes the course. */
	boolean holds(String path) {
		return dir.isEmpty() || path.startsWith(dir + "/");
	}

	String pathOf(String relative) {
		return dir.isEmpty() ? relative : dir + "/" + relative;
	}
}
