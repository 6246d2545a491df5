package io.lectern.content.internal.load;

import io.lectern.authoring.Problems;
import io.lectern.authoring.YamlMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads the table of contents of a Jupyter Book (v0.10 and later), {@code _toc.yml} in the
 * {@code jb-book} format: a {@code root} page, then {@code chapters}, or {@code parts} whose
 * {@code caption} titles a section of the course. Entries name a page by {@code file} (relative to
 * the book folder, usually without extension) or an outside page by {@code url} and {@code title};
 * nested {@code sections} follow their chapter in the same section of the course.
 */
final class JupyterBookToc {

	static final String FILE = "_toc.yml";
	private static final String FORMAT = "jb-book";

	private final String dir;
	private final String toc;
	private final BookPages pages;
	private final Problems problems;

	private JupyterBookToc(String dir, String toc, BookPages pages, Problems problems) {
		this.dir = dir;
		this.toc = toc;
		this.pages = pages;
		this.problems = problems;
	}

	/** The book folder a {@code _toc.yml} belongs to, if the path is one. */
	static Optional<String> bookOf(String path) {
		return BookPages.folderHolding(path, FILE);
	}

	static List<CoursePlan.Part> read(ContentTree tree, String dir, BookPages pages, Problems problems) {
		String toc = dir.isEmpty() ? FILE : dir + "/" + FILE;
		return YamlMap.parse(ContentFiles.text(tree, toc), toc, 1, problems)
			.map(yaml -> new JupyterBookToc(dir, toc, pages, problems).parts(yaml))
			.orElse(List.of());
	}

	private List<CoursePlan.Part> parts(YamlMap yaml) {
		Optional<String> format = yaml.string("format");
		if (format.isPresent() && !format.get().equals(FORMAT)) {
			problems.error(toc, yaml.line("format"), "Format \"" + format.get() + "\" is not read; use \"" + FORMAT + "\"");
			return List.of();
		}
		List<CoursePlan.Item> opening = new ArrayList<>();
		yaml.required("root").flatMap(root -> page(root, yaml.line("root"))).ifPresent(opening::add);
		List<CoursePlan.Part> parts = new ArrayList<>();
		if (yaml.has("parts")) {
			for (Node item : yaml.list("parts")) {
				yaml.asMap(item, "parts")
					.ifPresent(part -> parts.add(new CoursePlan.Part(part.string("caption").orElse(null),
							entries(part, "chapters"))));
			}
		}
		else {
			opening.addAll(entries(yaml, "chapters"));
		}
		if (!opening.isEmpty()) {
			parts.add(0, new CoursePlan.Part(null, opening));
		}
		return parts;
	}

	/** The entries listed under {@code key}, each followed by its nested sections. */
	private List<CoursePlan.Item> entries(YamlMap holder, String key) {
		List<CoursePlan.Item> items = new ArrayList<>();
		for (Node node : holder.list(key)) {
			holder.asMap(node, key).ifPresent(entry -> {
				if (entry.has("file")) {
					entry.string("file").flatMap(file -> page(file, entry.line("file"))).ifPresent(items::add);
				}
				else if (entry.has("url")) {
					entry.string("url")
						.flatMap(url -> pages.outsideLink(entry.string("title").orElse(null), url, toc, entry.line("url")))
						.ifPresent(items::add);
				}
				else {
					problems.error(toc, holder.lineOf(node), "Entry needs a \"file\" or a \"url\" (\"glob\" is not read)");
				}
				items.addAll(entries(entry, "sections"));
			});
		}
		return items;
	}

	/** The page a {@code file} names; the built site served it at the same path, as {@code .html}. */
	private Optional<CoursePlan.Item> page(String file, int line) {
		String relative = file.replaceFirst("^(\\./|/)", "");
		String address = "/" + relative.replaceFirst("\\.(md|markdown|ipynb)$", "");
		Optional<String> found = pages.find(dir.isEmpty() ? relative : dir + "/" + relative);
		if (found.isEmpty()) {
			problems.error(toc, line, "No page for \"" + file + "\" in the book folder");
			return Optional.empty();
		}
		return Optional.of(new CoursePlan.Entry(found.get(), toc, line, BookPages.oldPaths(address)));
	}
}
