package io.lectern.content.internal.load;

import io.lectern.authoring.Problems;
import io.lectern.authoring.YamlMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * The page files a Jupyter Book's {@code _toc.yml} names, by {@code file}, {@code root} or
 * {@code glob}, with the addresses the built site served them at. Apart from {@link JupyterBookToc},
 * which walks the parts, chapters and sections and numbers them, because what a name or a glob
 * matches depends on the whole table of contents (a glob leaves out the pages listed anywhere by
 * name) and on {@code exclude_patterns}, not on where the entry sits.
 */
final class JupyterBookFiles {

	private final String dir;
	private final String toc;
	private final BookPages pages;
	private final Predicate<String> excluded;
	private final Problems problems;
	/** Pages named by {@code file} or {@code root}, which globs leave out. */
	private final Set<String> listed = new LinkedHashSet<>();

	/** @param excluded paths relative to the book folder that {@code exclude_patterns} leaves out */
	JupyterBookFiles(String dir, String toc, BookPages pages, Predicate<String> excluded, Problems problems) {
		this.dir = dir;
		this.toc = toc;
		this.pages = pages;
		this.excluded = excluded;
		this.problems = problems;
	}

	/** Every page named by {@code root} or {@code file}, at any depth. */
	void collectListed(YamlMap holder) {
		Stream.of("root", "file")
			.flatMap(key -> holder.value(key).filter(ScalarNode.class::isInstance).stream()
				.flatMap(node -> holder.string(key).stream()))
			.flatMap(file -> pages.find(inBook(BookPages.relative(file))).stream())
			.forEach(listed::add);
		for (String key : List.of("parts", "chapters", "sections")) {
			holder.value(key).filter(SequenceNode.class::isInstance).ifPresent(list -> {
				for (Node node : ((SequenceNode) list).getValue()) {
					if (node instanceof MappingNode) {
						holder.asMap(node, key).ifPresent(this::collectListed);
					}
				}
			});
		}
	}

	/** The pages a glob matches, by their names without extension, in file-name order, less those listed elsewhere. */
	List<CoursePlan.Item> glob(String glob, int line) {
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
			problems.warning(toc, line, "problem.toc.globMatchesNothing", glob);
		}
		found.forEach(item -> listed.add(((CoursePlan.Entry) item).path()));
		return found;
	}

	/** The page a {@code file} names; the built site served it at the same path, as {@code .html}. */
	Optional<CoursePlan.Entry> page(String file, int line) {
		Optional<String> found = pages.find(inBook(BookPages.relative(file)));
		if (found.isEmpty()) {
			problems.error(toc, line, "problem.toc.noBookPage", file);
			return Optional.empty();
		}
		String path = found.get();
		if (excluded.test(dir.isEmpty() ? path : path.substring(dir.length() + 1))) {
			problems.warning(toc, line, "problem.toc.excluded", file);
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
