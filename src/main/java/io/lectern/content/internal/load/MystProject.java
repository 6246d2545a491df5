package io.lectern.content.internal.load;

import io.lectern.authoring.Problems;
import io.lectern.authoring.YamlMap;
import io.lectern.content.Bibliography;
import io.lectern.content.CourseLanguage;
import io.lectern.content.Numbering;
import io.lectern.content.internal.math.MathMacros;
import io.lectern.content.internal.render.myst.Abbreviations;
import io.lectern.content.internal.Slugs;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
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
 * ignored. This class reads the project's metadata; {@link MystToc} walks its table of contents.
 */
final class MystProject {

	static final String FILE = "myst.yml";

	private MystProject() {
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
		BookPages pages = new BookPages(paths, problems);
		MystToc toc = new MystToc(dir, config, paths, excluded, pages, problems);
		String jupyterBookToc = dir.isEmpty() ? JupyterBookToc.FILE : dir + "/" + JupyterBookToc.FILE;
		List<CoursePlan.Part> sections = project.filter(found -> found.has("toc"))
			.map(toc::fromToc)
			.or(() -> Optional.of(jupyterBookToc).filter(paths::contains)
				.map(found -> JupyterBookToc.read(tree, dir, new BookPages(paths, problems), problems)))
			.orElseGet(toc::inFolderOrder);
		String name = project.flatMap(found -> found.string("title")).orElse(Slugs.titleFromName(folderName));
		return new CoursePlan(dir, Slugs.slugify(folderName), name,
				project.flatMap(found -> found.string("description")).orElse(""), sections, toc.unlisted(),
				project.map(MystProject::authors).orElse(List.of()),
				project.map(NumberingYaml::read).orElse(Numbering.NONE),
				bibliography(tree, dir, config, pages, project.map(found -> found.strings("bibliography")).orElse(List.of()),
						project.map(found -> found.line("bibliography")).orElse(1), problems), "",
				project.map(MathFrontMatter::macros).orElse(MathMacros.NONE),
				new ProjectSettings(ProjectFormat.MYST, project.flatMap(LanguageSetting::read).orElse(CourseLanguage.ENGLISH),
						project.map(ExternalProjects::read).orElse(ExternalProjects.NONE),
						project.map(Abbreviations::read).orElse(Abbreviations.NONE), false));
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

	/** The listed BibTeX files, or else every {@code .bib} file in the project folder, as mystmd finds them. */
	private static Bibliography bibliography(ContentTree tree, String dir, String config, BookPages pages,
			List<String> listed, int line, Problems problems) {
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
