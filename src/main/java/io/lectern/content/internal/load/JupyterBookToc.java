package io.lectern.content.internal.load;

import io.lectern.authoring.Problems;
import io.lectern.authoring.YamlMap;
import io.lectern.content.Numbering;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads the table of contents of a Jupyter Book (v0.10 and later), {@code _toc.yml}, in the
 * {@code jb-book} format (a {@code root} page, then {@code chapters}, or {@code parts} whose
 * {@code caption} titles a section of the course) or the {@code jb-article} format (a {@code root}
 * page and its {@code sections}). Entries name a page by {@code file} (relative to the book folder,
 * usually without extension), pages by {@code glob}, or an outside page by {@code url} and
 * {@code title}. A chapter's {@code sections} follow it in the same section of the course; sections
 * of sections become sub-sections. {@code numbered} numbers the pages (see {@link TocNumbers});
 * {@code titlesonly} and the other toctree options only shaped Sphinx's sidebar and are ignored.
 */
final class JupyterBookToc {

	static final String FILE = "_toc.yml";
	private static final List<String> FORMATS = List.of("jb-book", "jb-article");

	private final String dir;
	private final String toc;
	private final BookPages pages;
	private final Predicate<String> excluded;
	private final Problems problems;
	/** Pages named by {@code file} or {@code root}, which globs leave out. */
	private final Set<String> listed = new LinkedHashSet<>();
	private final TocNumbers numbers = new TocNumbers();

	private JupyterBookToc(String dir, String toc, BookPages pages, Predicate<String> excluded, Problems problems) {
		this.dir = dir;
		this.toc = toc;
		this.pages = pages;
		this.excluded = excluded;
		this.problems = problems;
	}

	/**
	 * What a table of contents lists.
	 *
	 * @param numbers the numbers its {@code numbered} gives pages, by path
	 */
	record Contents(List<CoursePlan.Part> parts, Map<String, Numbering.TocPage> numbers) {
	}

	/** The book folder a {@code _toc.yml} belongs to, if the path is one. */
	static Optional<String> bookOf(String path) {
		return BookPages.folderHolding(path, FILE);
	}

	static List<CoursePlan.Part> read(ContentTree tree, String dir, BookPages pages, Problems problems) {
		return read(tree, dir, pages, path -> false, problems).parts();
	}

	/** @param excluded paths relative to the book folder that {@code exclude_patterns} leaves out */
	static Contents read(ContentTree tree, String dir, BookPages pages, Predicate<String> excluded, Problems problems) {
		String toc = dir.isEmpty() ? FILE : dir + "/" + FILE;
		return YamlMap.parse(ContentFiles.text(tree, toc), toc, 1, problems).map(yaml -> {
			JupyterBookToc reader = new JupyterBookToc(dir, toc, pages, excluded, problems);
			List<CoursePlan.Part> parts = reader.parts(yaml);
			return new Contents(parts, reader.numbers.pages());
		}).orElse(new Contents(List.of(), Map.of()));
	}

	private List<CoursePlan.Part> parts(YamlMap yaml) {
		Optional<String> format = yaml.string("format");
		if (format.isPresent() && !FORMATS.contains(format.get())) {
			problems.error(toc, yaml.line("format"), "Format \"" + format.get() + "\" is not read; use \"jb-book\" or"
					+ " \"jb-article\"");
			return List.of();
		}
		boolean article = format.filter("jb-article"::equals).isPresent();
		collectFiles(yaml);
		int bookNumbered = Stream.of(Optional.of(yaml), yaml.map("options"), yaml.map("defaults"))
			.flatMap(Optional::stream)
			.mapToInt(JupyterBookToc::numbered)
			.max()
			.orElse(0);
		List<CoursePlan.Item> opening = new ArrayList<>();
		yaml.required("root").flatMap(root -> page(root, yaml.line("root"))).ifPresent(opening::add);
		List<CoursePlan.Part> parts = new ArrayList<>();
		if (!article && yaml.has("parts")) {
			for (Node item : yaml.list("parts")) {
				yaml.asMap(item, "parts").ifPresent(part -> {
					numbers.startToctree(Math.max(bookNumbered, numbered(part)));
					parts.add(new CoursePlan.Part(part.string("caption").orElse(null), entries(part, "chapters", 0)));
				});
			}
		}
		else {
			numbers.startToctree(bookNumbered);
			opening.addAll(entries(yaml, article ? "sections" : "chapters", 0));
		}
		if (!opening.isEmpty()) {
			parts.add(0, new CoursePlan.Part(null, opening));
		}
		return parts;
	}

	private static int numbered(YamlMap holder) {
		return holder.string("numbered").map(TocNumbers::depthOf).orElse(0);
	}

	/** Every page named by {@code root} or {@code file}, at any depth. */
	private void collectFiles(YamlMap holder) {
		Stream.of("root", "file")
			.flatMap(key -> holder.value(key).filter(ScalarNode.class::isInstance).stream()
				.flatMap(node -> holder.string(key).stream()))
			.flatMap(file -> pages.find(inBook(BookPages.relative(file))).stream())
			.forEach(listed::add);
		for (String key : List.of("parts", "chapters", "sections")) {
			holder.value(key).filter(SequenceNode.class::isInstance).ifPresent(list -> {
				for (Node node : ((SequenceNode) list).getValue()) {
					if (node instanceof MappingNode) {
						holder.asMap(node, key).ifPresent(this::collectFiles);
					}
				}
			});
		}
	}

	/**
	 * The entries listed under {@code key}. A chapter's sections (depth 1) follow it in its section of
	 * the course; an entry deeper down that has sections of its own opens a sub-section holding them.
	 */
	private List<CoursePlan.Item> entries(YamlMap holder, String key, int depth) {
		List<CoursePlan.Item> items = new ArrayList<>();
		for (Node node : holder.list(key)) {
			holder.asMap(node, key).ifPresent(entry -> {
				List<CoursePlan.Item> own = new ArrayList<>();
				if (entry.has("file")) {
					entry.string("file").flatMap(file -> page(file, entry.line("file"))).ifPresent(own::add);
				}
				else if (entry.has("glob")) {
					entry.string("glob").ifPresent(glob -> own.addAll(glob(glob, entry.line("glob"))));
				}
				else if (entry.has("url")) {
					entry.string("url")
						.flatMap(url -> pages.outsideLink(entry.string("title").orElse(null), url, toc, entry.line("url")))
						.ifPresent(own::add);
				}
				else {
					problems.error(toc, holder.lineOf(node), "Entry needs a \"file\", a \"glob\" or a \"url\"");
				}
				own.stream()
					.filter(CoursePlan.Entry.class::isInstance)
					.forEach(page -> numbers.page(((CoursePlan.Entry) page).path(), depth));
				List<CoursePlan.Item> sections = entries(entry, "sections", depth + 1);
				if (depth >= 1 && !sections.isEmpty() && own.size() == 1 && own.get(0) instanceof CoursePlan.Entry page) {
					items.add(new CoursePlan.Part(null, page, sections));
				}
				else {
					items.addAll(own);
					items.addAll(sections);
				}
			});
		}
		return items;
	}

	/** The pages a glob matches, by their names without extension, in file-name order, less those listed elsewhere. */
	private List<CoursePlan.Item> glob(String glob, int line) {
		Predicate<String> matches = Globs.matcher(BookPages.relative(glob));
		String prefix = dir.isEmpty() ? "" : dir + "/";
		List<CoursePlan.Item> found = pages.paths()
			.stream()
			.filter(path -> path.startsWith(prefix) && CoursePlanner.isLessonFile(path) && !listed.contains(path))
			.filter(path -> {
				String relative = path.substring(prefix.length());
				return !relative.startsWith("_build/") && !excluded.test(relative)
						&& (matches.test(relative) || matches.test(relative.replaceFirst("\\.[^./]+$", "")));
			})
			.sorted()
			.map(path -> (CoursePlan.Item) entry(path, line))
			.toList();
		if (found.isEmpty()) {
			problems.warning(toc, line, "Glob \"" + glob + "\" matches no page");
		}
		found.forEach(item -> listed.add(((CoursePlan.Entry) item).path()));
		return found;
	}

	/** The page a {@code file} names; the built site served it at the same path, as {@code .html}. */
	private Optional<CoursePlan.Item> page(String file, int line) {
		Optional<String> found = pages.find(inBook(BookPages.relative(file)));
		if (found.isEmpty()) {
			problems.error(toc, line, "No page for \"" + file + "\" in the book folder");
			return Optional.empty();
		}
		String path = found.get();
		if (excluded.test(dir.isEmpty() ? path : path.substring(dir.length() + 1))) {
			problems.warning(toc, line, "\"" + file + "\" is listed but \"exclude_patterns\" leaves it out");
			return Optional.empty();
		}
		return Optional.of(new CoursePlan.Entry(path, toc, line,
				BookPages.oldPaths("/" + BookPages.relative(file).replaceFirst("\\.(md|markdown|ipynb)$", ""))));
	}

	private CoursePlan.Entry entry(String path, int line) {
		String relative = dir.isEmpty() ? path : path.substring(dir.length() + 1);
		return new CoursePlan.Entry(path, toc, line, BookPages.oldPaths("/" + relative.replaceFirst("\\.(md|markdown|ipynb)$", "")));
	}

	private String inBook(String relative) {
		return dir.isEmpty() ? relative : dir + "/" + relative;
	}
}
