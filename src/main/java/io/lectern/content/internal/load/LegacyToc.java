package io.lectern.content.internal.load;

import io.lectern.authoring.Problems;
import io.lectern.authoring.YamlMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads the table of contents of a legacy (Jekyll-based, v0.x) Jupyter Book, {@code _data/toc.yml}:
 * a list of entries with a {@code title} and a {@code url} naming a page under {@code _build/} or
 * {@code content/}, with nested {@code sections}. The title names the page in the navigation, as the
 * old sidebar did; the page keeps its own heading. A {@code header} entry starts a titled section and
 * a {@code divider} ends one; {@code search} is left out, since the portal has its own search.
 * Numbering and expanding ({@code not_numbered}, {@code expand_sections}) only styled the old
 * sidebar, which always shows every lesson here, so they are accepted and ignored.
 */
final class LegacyToc {

	static final String FILE = "_data/toc.yml";

	/** The built pages come first: they carry the front matter Jupyter Book generated. */
	private static final List<String> PAGE_FOLDERS = List.of("_build", "content");

	private final String dir;
	private final String toc;
	private final BookPages pages;
	private final Problems problems;
	private final List<CoursePlan.Part> parts = new ArrayList<>();
	private String sectionTitle;
	private List<CoursePlan.Item> section = new ArrayList<>();

	private LegacyToc(String dir, String toc, BookPages pages, Problems problems) {
		this.dir = dir;
		this.toc = toc;
		this.pages = pages;
		this.problems = problems;
	}

	/** The book folder a {@code _data/toc.yml} belongs to, if the path is one. */
	static Optional<String> bookOf(String path) {
		return BookPages.folderHolding(path, FILE);
	}

	static List<CoursePlan.Part> read(ContentTree tree, String dir, BookPages pages, Problems problems) {
		String toc = dir.isEmpty() ? FILE : dir + "/" + FILE;
		LegacyToc reader = new LegacyToc(dir, toc, pages, problems);
		YamlMap.parseList(ContentFiles.text(tree, toc), toc, 1, problems)
			.ifPresent(entries -> entries.forEach(reader::topLevel));
		reader.endSection();
		return reader.parts;
	}

	private void topLevel(YamlMap entry) {
		if (entry.has("header")) {
			endSection();
			sectionTitle = entry.string("header").orElse(null);
		}
		else if (entry.has("divider")) {
			endSection();
		}
		else if (!entry.has("search")) {
			add(entry);
		}
	}

	private void endSection() {
		if (!section.isEmpty()) {
			parts.add(new CoursePlan.Part(sectionTitle, section));
		}
		sectionTitle = null;
		section = new ArrayList<>();
	}

	/** An entry and its nested sections, which stay in the same section of the course, in order. */
	private void add(YamlMap entry) {
		Optional<String> title = entry.string("title");
		Optional<String> url = entry.string("url");
		int line = entry.line("url");
		if (url.isEmpty()) {
			problems.error(toc, entry.line("title"), "problem.toc.needsUrl", title.orElse(""));
		}
		else if (entry.string("external").filter("true"::equalsIgnoreCase).isPresent()) {
			pages.outsideLink(title.orElse(null), url.get(), toc, line).ifPresent(section::add);
		}
		else {
			// The old sidebar named each page by its entry's title, as a `_toc.yml` entry's title does now.
			page(url.get(), line).map(page -> page.titled(title.orElse(null))).ifPresent(section::add);
		}
		for (String nested : List.of("sections", "subsections")) {
			for (Node item : entry.list(nested)) {
				entry.asMap(item, nested).ifPresent(this::add);
			}
		}
	}

	private Optional<CoursePlan.Entry> page(String url, int line) {
		String address = url.startsWith("/") ? url : "/" + url;
		for (String folder : PAGE_FOLDERS) {
			String base = (dir.isEmpty() ? "" : dir + "/") + folder + address;
			Optional<String> found = pages.find(base);
			if (found.isPresent()) {
				return Optional.of(new CoursePlan.Entry(found.get(), toc, line, BookPages.oldPaths(address)));
			}
		}
		problems.error(toc, line, "problem.toc.noLegacyPage", url);
		return Optional.empty();
	}
}
