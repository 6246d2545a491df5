package io.lectern.content.internal.load;

import io.lectern.authoring.Problems;
import io.lectern.authoring.YamlMap;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

/**
 * The lessons of a mystmd project, walked from the {@code toc} of its {@code myst.yml} or, without
 * one, from its folder. Kept apart from {@link MystProject}, which reads the project's metadata,
 * because this walk carries state of its own: the pages already listed (which patterns leave out),
 * the hidden ones, and the file-name slugs mystmd numbered when two pages shared one.
 */
final class MystToc {

	/** Folders mystmd never reads pages from. */
	private static final Set<String> SKIPPED = Set.of("_build", "node_modules");

	private final String dir;
	private final String config;
	private final BookPages pages;
	private final Problems problems;
	private final List<String> files;
	private final Set<String> listed = new LinkedHashSet<>();
	private final List<CoursePlan.Entry> unlisted = new ArrayList<>();
	private final MystAddresses addresses;

	/**
	 * @param paths every path of the content folder
	 * @param excluded paths relative to the project folder that {@code project.exclude} leaves out
	 */
	MystToc(String dir, String config, Set<String> paths, Predicate<String> excluded, BookPages pages, Problems problems) {
		this.dir = dir;
		this.config = config;
		this.pages = pages;
		this.problems = problems;
		this.addresses = new MystAddresses(dir, config);
		String prefix = dir.isEmpty() ? "" : dir + "/";
		this.files = paths.stream()
			.filter(path -> path.startsWith(prefix) && CoursePlanner.isLessonFile(path))
			.filter(path -> !SKIPPED.contains(path.substring(prefix.length()).split("/")[0]))
			.filter(path -> !excluded.test(path.substring(prefix.length())))
			.sorted()
			.toList();
	}

	/** The sections the project's {@code toc} lists. */
	List<CoursePlan.Part> fromToc(YamlMap project) {
		collectFiles(project, "toc");
		return sections(items(project, "toc", false));
	}

	/** Every page of the project in folder order, as mystmd's implicit table of contents lists them. */
	List<CoursePlan.Part> inFolderOrder() {
		return sections(FolderOutline.items(dir, files, path -> addresses.entry(path, 1)));
	}

	/** The pages published but left out of the navigation ({@code hidden}). */
	List<CoursePlan.Entry> unlisted() {
		return unlisted;
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

	/** The files the table of contents names, which its patterns leave to them. */
	private void collectFiles(YamlMap holder, String key) {
		for (Node node : holder.list(key)) {
			if (node instanceof MappingNode) {
				holder.asMap(node, key).ifPresent(entry -> {
					entry.string("file").flatMap(file -> pages.find(inProject(BookPages.relative(file)))).ifPresent(listed::add);
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
					entry.string("file").flatMap(file -> page(file, title, children, entry.line("file"))).ifPresent(page -> {
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
					problems.error(config, holder.lineOf(node), "problem.toc.mystEntry");
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
		String glob = BookPages.relative(pattern);
		Predicate<String> matches = Globs.matcher(glob);
		String prefix = dir.isEmpty() ? "" : dir + "/";
		List<String> matched = files.stream()
			.filter(path -> matches.test(path.substring(prefix.length())) && !listed.contains(path))
			.toList();
		if (matched.isEmpty()) {
			problems.warning(config, line, "problem.toc.patternMatchesNothing", pattern);
			return List.of();
		}
		listed.addAll(matched);
		return FolderOutline.items(inProject(Globs.base(glob)).replaceFirst("/$", ""), matched,
				path -> addresses.entry(path, line));
	}

	/**
	 * The page a {@code file} names, which a {@code title} beside it names in navigation, as mystmd's
	 * does, holding its {@code children}.
	 */
	private Optional<CoursePlan.Entry> page(String file, Optional<String> title, List<CoursePlan.Item> children, int line) {
		Optional<String> found = pages.find(inProject(BookPages.relative(file)));
		if (found.isEmpty()) {
			problems.error(config, line, "problem.toc.noProjectPage", file);
		}
		return found.map(path -> addresses.entry(path, line).titled(title.orElse(null)).holding(children));
	}
}
