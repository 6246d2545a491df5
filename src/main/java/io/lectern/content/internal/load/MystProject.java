package io.lectern.content.internal.load;

import io.lectern.authoring.Problems;
import io.lectern.authoring.YamlMap;
import io.lectern.content.Bibliography;
import io.lectern.content.CourseLanguage;
import io.lectern.content.Numbering;
import io.lectern.content.internal.math.MathMacros;
import io.lectern.content.internal.Slugs;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads a Jupyter Book 2 / mystmd project, {@code myst.yml}: its {@code project} gives the course's
 * title, description (the summary), authors, numbering and bibliography, and its {@code toc} the
 * lessons, as mystmd documents it: {@code file} entries, {@code title} with {@code children} as
 * sections at any depth, {@code url} as an outside link, {@code pattern} for the files a glob
 * matches, {@code hidden} for pages published but left out of the navigation. Without a
 * {@code toc}, every Markdown file and notebook is listed in folder order, as mystmd's implicit table
 * of contents does. Other keys ({@code version}, {@code extends}, {@code site}...) are accepted and
 * ignored.
 */
final class MystProject {

	static final String FILE = "myst.yml";
	/** Folders mystmd never reads pages from. */
	private static final Set<String> SKIPPED = Set.of("_build", "node_modules");

	private final ContentTree tree;
	private final String dir;
	private final String config;
	private final BookPages pages;
	private final Problems problems;
	private final List<String> files;
	private final Set<String> listed = new LinkedHashSet<>();
	private final List<CoursePlan.Entry> unlisted = new ArrayList<>();
	private final Map<String, Integer> flatSlugs = new HashMap<>();

	private MystProject(ContentTree tree, String dir, List<String> files, BookPages pages, Problems problems) {
		this.tree = tree;
		this.dir = dir;
		this.config = dir.isEmpty() ? FILE : dir + "/" + FILE;
		this.files = files;
		this.pages = pages;
		this.problems = problems;
	}

	/** The project folder a {@code myst.yml} belongs to, if the path is one. */
	static Optional<String> projectOf(String path) {
		return BookPages.folderHolding(path, FILE);
	}

	/**
	 * @param paths every path of the content folder
	 * @param folderName what titles the course when the project does not
	 */
	static CoursePlan read(ContentTree tree, String dir, Set<String> paths, String folderName, Problems problems) {
		String config = dir.isEmpty() ? FILE : dir + "/" + FILE;
		YamlMap yaml = YamlMap.parse(ContentFiles.text(tree, config), config, 1, problems).orElse(null);
		Optional<YamlMap> project = yaml == null ? Optional.empty() : yaml.map("project");
		Predicate<String> excluded = Globs.anyOf(project.map(found -> found.strings("exclude")).orElse(List.of()));
		String prefix = dir.isEmpty() ? "" : dir + "/";
		List<String> files = paths.stream()
			.filter(path -> path.startsWith(prefix) && CoursePlanner.isLessonFile(path))
			.filter(path -> !SKIPPED.contains(path.substring(prefix.length()).split("/")[0]))
			.filter(path -> !excluded.test(path.substring(prefix.length())))
			.sorted()
			.toList();
		MystProject reader = new MystProject(tree, dir, files, new BookPages(paths, problems), problems);
		List<CoursePlan.Part> sections = project.filter(found -> found.has("toc"))
			.map(reader::fromToc)
			.or(() -> Optional.of(JupyterBookToc.FILE).map(reader::inProject).filter(paths::contains)
				.map(toc -> JupyterBookToc.read(tree, dir, new BookPages(paths, problems), problems)))
			.orElseGet(() -> sections(FolderOutline.items(dir, files, path -> reader.entry(path, 1))));
		String name = project.flatMap(found -> found.string("title")).orElse(Slugs.titleFromName(folderName));
		return new CoursePlan(dir, Slugs.slugify(folderName), name,
				project.flatMap(found -> found.string("description")).orElse(""), sections, reader.unlisted,
				project.map(MystProject::authors).orElse(List.of()),
				project.map(NumberingYaml::read).orElse(Numbering.NONE),
				project.map(reader::bibliography).orElse(reader.bibliography(List.of(), 1)), "",
				project.map(MathFrontMatter::macros).orElse(MathMacros.NONE))
			.withLanguage(project.flatMap(LanguageSetting::read).orElse(CourseLanguage.ENGLISH));
	}

	/**
	 * The top level of a table of contents as course sections: each entry with children is a section
	 * of its own, and the entries between them are gathered into untitled ones.
	 */
	static List<CoursePlan.Part> sections(List<CoursePlan.Item> items) {
		List<CoursePlan.Part> sections = new ArrayList<>();
		List<CoursePlan.Item> loose = new ArrayList<>();
		for (CoursePlan.Item item : items) {
			if (item instanceof CoursePlan.Part part) {
				if (!loose.isEmpty()) {
					sections.add(new CoursePlan.Part(null, loose));
					loose = new ArrayList<>();
				}
				sections.add(part);
			}
			else {
				loose.add(item);
			}
		}
		if (!loose.isEmpty()) {
			sections.add(new CoursePlan.Part(null, loose));
		}
		return sections;
	}

	private String inProject(String relative) {
		return dir.isEmpty() ? relative : dir + "/" + relative;
	}

	private List<CoursePlan.Part> fromToc(YamlMap project) {
		collectFiles(project, "toc");
		return sections(items(project, "toc", false));
	}

	/** The files the table of contents names, which its patterns leave to them. */
	private void collectFiles(YamlMap holder, String key) {
		for (Node node : holder.list(key)) {
			if (node instanceof MappingNode) {
				holder.asMap(node, key).ifPresent(entry -> {
					entry.string("file").flatMap(file -> pages.find(inProject(relative(file)))).ifPresent(listed::add);
					collectFiles(entry, "children");
				});
			}
		}
	}

	private List<CoursePlan.Item> items(YamlMap holder, String key, boolean hidden) {
		List<CoursePlan.Item> items = new ArrayList<>();
		for (Node node : holder.list(key)) {
			holder.asMap(node, key).ifPresent(entry -> {
				boolean hide = hidden || entry.string("hidden").filter("true"::equalsIgnoreCase).isPresent();
				List<CoursePlan.Item> children = items(entry, "children", hide);
				Optional<String> title = entry.string("title");
				if (entry.has("file")) {
					entry.string("file").flatMap(file -> page(file, entry.line("file"))).ifPresent(page -> {
						if (hide) {
							unlisted.add(page);
						}
						else {
							items.add(children.isEmpty() ? page : new CoursePlan.Part(title.orElse(null), page, children));
						}
					});
				}
				else if (entry.has("url")) {
					entry.string("url")
						.flatMap(url -> pages.outsideLink(title.orElse(null), url, config, entry.line("url")))
						.ifPresent(link -> items.add(children.isEmpty() ? link
								: new CoursePlan.Part(link.title(), prepend(link, children))));
				}
				else if (entry.has("pattern")) {
					entry.string("pattern").ifPresent(pattern -> {
						List<CoursePlan.Item> matched = pattern(pattern, entry.line("pattern"));
						if (hide) {
							matched.forEach(this::hide);
						}
						else {
							items.addAll(matched);
						}
					});
				}
				else if (title.isPresent()) {
					if (!children.isEmpty()) {
						items.add(new CoursePlan.Part(title.get(), children));
					}
				}
				else {
					problems.error(config, holder.lineOf(node), "Entry needs a \"file\", \"url\", \"pattern\" or \"title\"");
				}
				if (hide) {
					children.forEach(this::hide);
				}
			});
		}
		return items;
	}

	private static List<CoursePlan.Item> prepend(CoursePlan.Item first, List<CoursePlan.Item> rest) {
		List<CoursePlan.Item> items = new ArrayList<>(List.of(first));
		items.addAll(rest);
		return items;
	}

	private void hide(CoursePlan.Item item) {
		if (item instanceof CoursePlan.Entry entry) {
			unlisted.add(entry);
		}
		else if (item instanceof CoursePlan.Part part) {
			unlisted.addAll(part.lessons());
		}
	}

	/** The files a pattern matches that the table of contents does not list itself, in folder order. */
	private List<CoursePlan.Item> pattern(String pattern, int line) {
		String glob = relative(pattern);
		Predicate<String> matches = Globs.matcher(glob);
		String prefix = dir.isEmpty() ? "" : dir + "/";
		List<String> matched = files.stream()
			.filter(path -> matches.test(path.substring(prefix.length())) && !listed.contains(path))
			.toList();
		if (matched.isEmpty()) {
			problems.warning(config, line, "Pattern \"" + pattern + "\" matches no page");
			return List.of();
		}
		listed.addAll(matched);
		return FolderOutline.items(inProject(Globs.base(glob)).replaceFirst("/$", ""), matched, path -> entry(path, line));
	}

	private Optional<CoursePlan.Entry> page(String file, int line) {
		Optional<String> found = pages.find(inProject(relative(file)));
		if (found.isEmpty()) {
			problems.error(config, line, "No page for \"" + file + "\" in the project folder");
		}
		return found.map(path -> entry(path, line));
	}

	/**
	 * A page and the addresses mystmd served it at: its path in the project (with
	 * {@code site.options.folders}) and, by default, its file name alone as mystmd slugs it, numbered
	 * when two pages share one.
	 */
	private CoursePlan.Entry entry(String path, int line) {
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

	private static String relative(String file) {
		return file.replaceFirst("^(\\./|/)", "");
	}

	/** Names as mystmd lists them: text, or {@code name} (text, or {@code given} and {@code family}). */
	private static List<String> authors(YamlMap project) {
		Optional<Node> value = project.value("authors");
		if (value.isEmpty()) {
			return List.of();
		}
		List<Node> nodes = value.get() instanceof SequenceNode sequence ? sequence.getValue() : List.of(value.get());
		List<String> names = new ArrayList<>();
		for (Node node : nodes) {
			if (node instanceof ScalarNode) {
				project.scalar(node, "authors").ifPresent(names::add);
			}
			else {
				project.asMap(node, "authors").flatMap(MystProject::name).ifPresent(names::add);
			}
		}
		return names;
	}

	private static Optional<String> name(YamlMap author) {
		if (author.value("name").filter(ScalarNode.class::isInstance).isPresent()) {
			return author.string("name");
		}
		Optional<YamlMap> parts = author.map("name");
		return parts.map(name -> (name.string("given").orElse("") + " " + name.string("family").orElse("")).trim())
			.filter(name -> !name.isEmpty());
	}


	private Bibliography bibliography(YamlMap project) {
		return bibliography(project.strings("bibliography"), project.line("bibliography"));
	}

	/** The listed BibTeX files, or else every {@code .bib} file in the project folder, as mystmd finds them. */
	Bibliography bibliography(List<String> listed, int line) {
		List<String> bibFiles = new ArrayList<>();
		if (listed.isEmpty()) {
			String prefix = dir.isEmpty() ? "" : dir + "/";
			pages.paths().stream()
				.filter(path -> path.startsWith(prefix) && path.endsWith(".bib") && path.indexOf('/', prefix.length()) < 0)
				.sorted()
				.map(path -> path.substring(prefix.length()))
				.forEach(bibFiles::add);
		}
		return Bibliographies.read(tree, dir, listed.isEmpty() ? bibFiles : listed, pages.paths(), config, line, problems);
	}
}
