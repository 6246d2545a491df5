package io.lectern.content.internal.load;

import io.lectern.authoring.Problems;
import io.lectern.authoring.YamlMap;
import io.lectern.content.Numbering;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads the table of contents of a Jupyter Book (v0.10 and later), {@code _toc.yml}, in the
 * {@code jb-book} format (a {@code root} page, then {@code chapters}, or {@code parts} whose
 * {@code caption} titles a section of the course) or the {@code jb-article} format (a {@code root}
 * page and its {@code sections}). Entries name a page by {@code file} (relative to the book folder,
 * usually without extension), pages by {@code glob}, or an outside page by {@code url} and
 * {@code title}; a {@code title} beside a {@code file} names that page in navigation, as the
 * toctree Jupyter Book writes from it does, while the page keeps its own heading. A chapter's
 * {@code sections} follow it in the same section of the course; sections of sections become
 * sub-sections. Each page also holds the pages nested under it, the root its chapters, for its
 * {@code {tableofcontents}}. {@code numbered} numbers the pages (see {@link TocNumbers});
 * {@code titlesonly} and the other toctree options only shaped Sphinx's sidebar and are ignored.
 */
final class JupyterBookToc {

	static final String FILE = "_toc.yml";
	private static final List<String> FORMATS = List.of("jb-book", "jb-article");

	private final String toc;
	private final BookPages pages;
	private final JupyterBookFiles files;
	private final Problems problems;
	private final TocNumbers numbers;

	private JupyterBookToc(String dir, String toc, BookPages pages, Predicate<String> excluded, boolean continuous,
			Problems problems) {
		this.numbers = new TocNumbers(continuous);
		this.toc = toc;
		this.pages = pages;
		this.files = new JupyterBookFiles(dir, toc, pages, excluded, problems);
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
		return read(tree, dir, pages, path -> false, true, problems).parts();
	}

	/**
	 * @param excluded paths relative to the book folder that {@code exclude_patterns} leaves out
	 * @param continuous whether numbered parts number their chapters on from the part before, as
	 *     Jupyter Book does unless its {@code _config.yml} sets {@code html.use_multitoc_numbering: false}
	 */
	static Contents read(ContentTree tree, String dir, BookPages pages, Predicate<String> excluded, boolean continuous,
			Problems problems) {
		String toc = dir.isEmpty() ? FILE : dir + "/" + FILE;
		return YamlMap.parse(ContentFiles.text(tree, toc), toc, 1, problems).map(yaml -> {
			JupyterBookToc reader = new JupyterBookToc(dir, toc, pages, excluded, continuous, problems);
			List<CoursePlan.Part> parts = reader.parts(yaml);
			return new Contents(parts, reader.numbers.pages());
		}).orElse(new Contents(List.of(), Map.of()));
	}

	private List<CoursePlan.Part> parts(YamlMap yaml) {
		Optional<String> format = yaml.string("format");
		if (format.isPresent() && !FORMATS.contains(format.get())) {
			problems.error(toc, yaml.line("format"), "problem.toc.format", format.get());
			return List.of();
		}
		boolean article = format.filter("jb-article"::equals).isPresent();
		files.collectListed(yaml);
		int bookNumbered = Stream.of(Optional.of(yaml), yaml.map("options"), yaml.map("defaults"))
			.flatMap(Optional::stream)
			.mapToInt(JupyterBookToc::numbered)
			.max()
			.orElse(0);
		Optional<CoursePlan.Entry> root = yaml.required("root").flatMap(file -> files.page(file, yaml.line("root")));
		List<CoursePlan.Item> opening = new ArrayList<>();
		List<CoursePlan.Part> parts = new ArrayList<>();
		// The root's toctree: its chapters or sections, or under a book's parts, each part's chapters captioned.
		List<CoursePlan.Item> rootChildren = new ArrayList<>();
		if (!article && yaml.has("parts")) {
			for (Node item : yaml.list("parts")) {
				yaml.asMap(item, "parts").ifPresent(part -> {
					numbers.startToctree(Math.max(bookNumbered, numbered(part)));
					String caption = part.string("caption").orElse(null);
					Listed chapters = entries(part, "chapters", 0);
					parts.add(new CoursePlan.Part(caption, chapters.navigation()));
					rootChildren.add(new CoursePlan.Part(caption, chapters.toctree()));
				});
			}
		}
		else {
			numbers.startToctree(bookNumbered);
			Listed chapters = entries(yaml, article ? "sections" : "chapters", 0);
			opening.addAll(chapters.navigation());
			rootChildren.addAll(chapters.toctree());
		}
		root.ifPresent(page -> opening.add(0, page.holding(rootChildren)));
		if (!opening.isEmpty()) {
			parts.add(0, new CoursePlan.Part(null, opening));
		}
		return parts;
	}

	/**
	 * Entries of the table of contents two ways: as the course's navigation lists them, a chapter's
	 * sections after it in its section of the course; and as their toctree has them, each page
	 * holding the pages nested under it.
	 */
	private record Listed(List<CoursePlan.Item> navigation, List<CoursePlan.Item> toctree) {
	}

	private static int numbered(YamlMap holder) {
		return holder.string("numbered").map(TocNumbers::depthOf).orElse(0);
	}

	/**
	 * The entries listed under {@code key}. A chapter's sections (depth 1) follow it in its section of
	 * the course; an entry deeper down that has sections of its own opens a sub-section holding them.
	 */
	private Listed entries(YamlMap holder, String key, int depth) {
		List<CoursePlan.Item> items = new ArrayList<>();
		List<CoursePlan.Item> toctree = new ArrayList<>();
		for (Node node : holder.list(key)) {
			holder.asMap(node, key).ifPresent(entry -> {
				List<CoursePlan.Item> own = new ArrayList<>();
				if (entry.has("file")) {
					entry.string("file")
						.flatMap(file -> files.page(file, entry.line("file")))
						.map(page -> page.titled(entry.string("title").orElse(null)))
						.ifPresent(own::add);
				}
				else if (entry.has("glob")) {
					entry.string("glob").ifPresent(glob -> own.addAll(files.glob(glob, entry.line("glob"))));
				}
				else if (entry.has("url")) {
					entry.string("url")
						.flatMap(url -> pages.outsideLink(entry.string("title").orElse(null), url, toc, entry.line("url")))
						.ifPresent(own::add);
				}
				else {
					problems.error(toc, holder.lineOf(node), "problem.toc.bookEntry");
				}
				own.stream()
					.filter(CoursePlan.Entry.class::isInstance)
					.forEach(page -> numbers.page(((CoursePlan.Entry) page).path(), depth));
				Listed sections = entries(entry, "sections", depth + 1);
				CoursePlan.Entry page = own.size() == 1 && own.get(0) instanceof CoursePlan.Entry single
						? single.holding(sections.toctree()) : null;
				if (page != null) {
					own.set(0, page);
				}
				toctree.addAll(own);
				if (depth >= 1 && !sections.navigation().isEmpty() && page != null) {
					items.add(new CoursePlan.Part(null, page, sections.navigation()));
				}
				else {
					items.addAll(own);
					items.addAll(sections.navigation());
				}
			});
		}
		return new Listed(items, toctree);
	}


}
