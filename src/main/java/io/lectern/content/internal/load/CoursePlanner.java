package io.lectern.content.internal.load;

import io.lectern.authoring.Problems;
import io.lectern.authoring.YamlMap;
import io.lectern.content.Bibliography;
import io.lectern.content.CourseLanguage;
import io.lectern.content.Numbering;
import io.lectern.content.internal.math.MathMacros;
import io.lectern.content.internal.Slugs;
import io.lectern.content.internal.render.myst.Abbreviations;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.springframework.web.util.HtmlUtils;

/**
 * Finds the courses in a content folder. A folder with a {@code course.yml} is a course and owns
 * everything beneath it, and so is a Jupyter Book folder (one with {@code _data/toc.yml} or
 * {@code _toc.yml}); any other folder holding Markdown files is a course of those files in
 * file-name order, titled after the folder, so that dropping a folder in just works.
 */
final class CoursePlanner {

	static final String MANIFEST = "course.yml";
	private static final String BOOK_CONFIG = "_config.yml";

	private final ContentTree tree;
	private final Set<String> paths;
	private final Problems problems;

	CoursePlanner(ContentTree tree, Set<String> paths, Problems problems) {
		this.tree = tree;
		this.paths = paths;
		this.problems = problems;
	}

	List<CoursePlan> plan() {
		Set<String> manifestDirs = new LinkedHashSet<>();
		TreeMap<String, List<String>> folderCourses = new TreeMap<>();
		for (String path : paths) {
			if (fileName(path).equals(MANIFEST)) {
				manifestDirs.add(dirOf(path));
			}
		}
		// A Jupyter Book's table of contents makes its folder a course, unless a course.yml says otherwise.
		Map<String, String> books = new TreeMap<>();
		for (String path : new TreeSet<>(paths)) {
			LegacyToc.bookOf(path)
				.or(() -> JupyterBookToc.bookOf(path))
				.or(() -> MystProject.projectOf(path))
				.filter(dir -> !manifestDirs.contains(dir))
				.ifPresent(dir -> books.merge(dir, path, CoursePlanner::projectFileFirst));
		}
		Set<String> owners = new LinkedHashSet<>(manifestDirs);
		owners.addAll(books.keySet());
		for (String path : new TreeSet<>(paths)) {
			if (isLessonFile(path) && ownerManifest(dirOf(path), owners).isEmpty()) {
				folderCourses.computeIfAbsent(dirOf(path), dir -> new ArrayList<>()).add(path);
			}
		}
		// Each project is read with problems of its own: a project nested in another course's folder
		// that the outer table of contents takes in is no course, and its problems are no one's.
		TreeMap<String, CoursePlan> plans = new TreeMap<>();
		Map<String, Problems> found = new TreeMap<>();
		manifestDirs.forEach(dir -> new CourseManifest(tree, paths, ownProblems(dir, found)).read(dir, folderName(dir))
			.ifPresent(plan -> plans.put(dir, plan)));
		books.forEach((dir, toc) -> plans.put(dir, new CoursePlanner(tree, paths, ownProblems(dir, found)).book(dir, toc)));
		folderCourses.forEach((dir, files) -> plans.put(dir, folderCourse(dir, files)));
		Set<String> takenIn = new TreeSet<>();
		plans.keySet().stream().filter(dir -> takenInByAnOuterCourse(dir, plans)).forEach(takenIn::add);
		plans.keySet().removeAll(takenIn);
		found.forEach((dir, own) -> {
			if (!takenIn.contains(dir)) {
				problems.addAll(own);
			}
		});
		return List.copyOf(plans.values());
	}

	private static Problems ownProblems(String dir, Map<String, Problems> found) {
		return found.computeIfAbsent(dir, key -> new Problems());
	}

	/**
	 * A folder with its own project file inside another course's folder is a course of its own (a
	 * book and, beside its chapters, the template it was made from), unless the outer course lists
	 * one of its files: then the outer table of contents owns it, as Jupyter Book builds it.
	 */
	private static boolean takenInByAnOuterCourse(String dir, Map<String, CoursePlan> plans) {
		String prefix = dir + "/";
		return !dir.isEmpty() && plans.values()
			.stream()
			.filter(outer -> !outer.dir().equals(dir) && (outer.dir().isEmpty() || dir.startsWith(outer.dir() + "/")))
			.flatMap(outer -> outer.sections().stream())
			.flatMap(part -> part.lessons().stream())
			.anyMatch(entry -> entry.path().startsWith(prefix));
	}

	static boolean isLessonFile(String path) {
		return path.endsWith(".md") || path.endsWith(".markdown") || NotebookReader.isNotebook(path);
	}

	static String dirOf(String path) {
		int slash = path.lastIndexOf('/');
		return slash < 0 ? "" : path.substring(0, slash);
	}

	private static String fileName(String path) {
		return path.substring(path.lastIndexOf('/') + 1);
	}

	private static Optional<String> ownerManifest(String dir, Set<String> manifestDirs) {
		for (String candidate = dir;; candidate = dirOf(candidate)) {
			if (manifestDirs.contains(candidate)) {
				return Optional.of(candidate);
			}
			if (candidate.isEmpty()) {
				return Optional.empty();
			}
		}
	}

	private String folderName(String dir) {
		return dir.isEmpty() ? tree.name() : fileName(dir);
	}

	private CoursePlan folderCourse(String dir, List<String> files) {
		List<CoursePlan.Entry> entries = files.stream().map(file -> new CoursePlan.Entry(file, file, 1)).toList();
		String name = folderName(dir);
		return new CoursePlan(dir, Slugs.slugify(name), Slugs.titleFromName(name), "", List.of(new CoursePlan.Part(null, entries)),
				ProjectSettings.of(ProjectFormat.FOLDER));
	}

	/** A mystmd project's {@code myst.yml} speaks for its folder, before any table of contents beside it. */
	private static String projectFileFirst(String found, String other) {
		return MystProject.projectOf(other).isPresent() && MystProject.projectOf(found).isEmpty() ? other : found;
	}

	/** A Jupyter Book, titled as its {@code _config.yml} says, with the sections its table of contents lists. */
	private CoursePlan book(String dir, String toc) {
		String name = folderName(dir);
		if (MystProject.projectOf(toc).isPresent()) {
			return MystProject.read(tree, dir, paths, name, problems);
		}
		String configPath = dir.isEmpty() ? BOOK_CONFIG : dir + "/" + BOOK_CONFIG;
		Optional<YamlMap> yaml = paths.contains(configPath)
				? YamlMap.parse(ContentFiles.text(tree, configPath), configPath, 1, problems) : Optional.empty();
		BookPages pages = new BookPages(paths, problems);
		String title = yaml.flatMap(config -> config.string("title")).orElse(Slugs.titleFromName(name));
		String summary = yaml.flatMap(config -> config.string("description")).orElse("");
		CourseLanguage language = yaml.flatMap(LanguageSetting::ofBook).orElse(CourseLanguage.ENGLISH);
		if (LegacyToc.bookOf(toc).isPresent()) {
			return new CoursePlan(dir, Slugs.slugify(name), title, summary, LegacyToc.read(tree, dir, pages, problems),
					ProjectSettings.of(ProjectFormat.JEKYLL_BOOK).in(language))
				.withBaseUrl(yaml.flatMap(config -> config.string("baseurl")).map(CoursePlanner::basePath).orElse(""));
		}
		boolean continuous = yaml.flatMap(config -> config.map("html"))
			.flatMap(html -> html.string("use_multitoc_numbering"))
			.map(value -> !value.strip().equalsIgnoreCase("false"))
			.orElse(true);
		JupyterBookToc.Contents contents = JupyterBookToc.read(tree, dir, pages,
				Globs.anyOf(yaml.map(config -> config.strings("exclude_patterns")).orElse(List.of())), continuous, problems);
		Bibliography bibliography = Bibliographies.read(tree, dir,
				yaml.map(config -> config.strings("bibtex_bibfiles")).orElse(List.of()), paths, configPath,
				yaml.map(config -> config.line("bibtex_bibfiles")).orElse(1), problems);
		Optional<YamlMap> sphinx = yaml.flatMap(SphinxSettings::of);
		// Sphinx's todo extension leaves its notes out unless todo_include_todos is on.
		boolean todoNotesShown = SphinxSettings.flag(sphinx, "todo_include_todos", false);
		return new CoursePlan(dir, Slugs.slugify(name), title, summary, contents.parts(), List.of(),
				yaml.map(config -> config.strings("author")).orElse(List.of()).stream().map(CoursePlanner::asText).toList(),
				sphinxNumbering(sphinx, contents.numbers()), bibliography, "",
				yaml.map(MathFrontMatter::mathJax).orElse(MathMacros.NONE),
				new ProjectSettings(ProjectFormat.JUPYTER_BOOK, language, ExternalProjects.NONE, Abbreviations.NONE,
						todoNotesShown));
	}

	/**
	 * A Jupyter Book's {@code author} as text: the book puts it into its footer as HTML, so authors
	 * write links and licence badges there ("built with <a href=...>TeachBooks</a>"), which the
	 * portal, showing it as text, would otherwise show as tags.
	 */
	private static String asText(String author) {
		if (author.indexOf('<') < 0) {
			return author;
		}
		return HtmlUtils.htmlUnescape(author.replaceAll("<[^>]*>", "")).replaceAll("\\s+", " ").strip();
	}

	/**
	 * A book Sphinx builds numbers its pages as its table of contents says, and an equation only when
	 * it has a label, unless {@code sphinx.config.math_number_all} asks for every one; its blocks are
	 * counted through the book, chapter by chapter, unless {@code sphinx.config.numfig} is off.
	 */
	private static Numbering sphinxNumbering(Optional<YamlMap> sphinxConfig, Map<String, Numbering.TocPage> tocPages) {
		boolean everyEquation = SphinxSettings.flag(sphinxConfig, "math_number_all", false);
		Numbering numbering = Numbering.ofTocPages(tocPages);
		// Jupyter Book turns Sphinx's numfig on, which counts blocks through the book, chapter by chapter.
		if (SphinxSettings.flag(sphinxConfig, "numfig", true)) {
			numbering = numbering.throughChapters(sphinxConfig.flatMap(found -> found.string("numfig_secnum_depth"))
				.map(String::strip)
				.filter(value -> value.matches("\\d{1,2}"))
				.map(Integer::parseInt)
				.orElse(1));
		}
		// sphinx-proof's shared counts: {theorem: theorem, notation: theorem, ...}, by its directives' names.
		Map<String, String> counters = new HashMap<>();
		sphinxConfig.flatMap(found -> found.map("prf_realtyp_to_countertyp"))
			.ifPresent(shared -> shared.keys().forEach(kind -> shared.string(kind)
				.ifPresent(counter -> counters.put(kind.strip().toLowerCase(Locale.ROOT), counter.strip().toLowerCase(Locale.ROOT)))));
		numbering = numbering.sharingCounts(counters);
		return everyEquation ? numbering : numbering.labelledOnly(Set.of("equation"));
	}

	/** Jekyll's {@code baseurl} as a path prefix: {@code awsbigdata/} and {@code /awsbigdata} both mean {@code /awsbigdata}. */
	private static String basePath(String baseurl) {
		String trimmed = baseurl.strip().replaceAll("^/+|/+$", "");
		return trimmed.isEmpty() ? "" : "/" + trimmed;
	}
}
