package io.lectern.content.internal.load;

import io.lectern.authoring.Problems;
import io.lectern.content.internal.Slugs;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Reads a Jupyter notebook as a lesson. It needs no front matter: the title is the notebook's
 * {@code metadata.title}, else its first {@code # heading}, else the file name. A first raw cell
 * holding front matter, as Jupyter Book allows, is read like a Markdown lesson's and wins.
 */
final class NotebookReader {


	private NotebookReader() {
	}

	static boolean isNotebook(String path) {
		return path.endsWith(".ipynb");
	}

	static Optional<LessonSource> read(String path, String text, Problems problems) {
		Optional<Notebook> parsed = Notebook.parse(path, text, problems);
		if (parsed.isEmpty()) {
			return Optional.empty();
		}
		Notebook notebook = parsed.get();
		Optional<LessonReader.Meta> meta = frontMatter(path, notebook, problems);
		if (meta.isEmpty()) {
			return Optional.empty();
		}
		Optional<String> title = meta.get()
			.title()
			.or(() -> Optional.of(notebook.metadata().path("title").asString("")).filter(found -> !found.isBlank()))
			.or(() -> firstHeading(notebook));
		NotebookMarkdown.Written written = NotebookMarkdown.write(path, notebook, problems);
		String body = written.body();
		if (title.isEmpty()) {
			Optional<LessonReader.Opening> opening = LessonReader.openingHeading(body);
			if (opening.isPresent()) {
				title = Optional.of(opening.get().text());
				body = opening.get().asTitle(body);
				problems.warning(path, written.fileLine(1 + opening.get().line()), "problem.lesson.titleHeadingLevel",
						opening.get().level(), opening.get().text());
			}
		}
		LessonReader.Meta found = meta.get();
		return Optional.of(new LessonSource(path, found.slug(),
				title.orElse(Slugs.withoutExtension(path.substring(path.lastIndexOf('/') + 1))), found.summary(),
				found.topics(), found.oldPaths(), body, 1, found.previousPage(), found.nextPage(), written::fileLine, written.images(),
				found.kernelLanguage().or(() -> kernelLanguage(notebook)), found.details(), found.numbering(), found.mathMacros(),
				found.abbreviations()));
	}

	/** The front matter in a first raw cell, or none at all: every key of it is optional. */
	private static Optional<LessonReader.Meta> frontMatter(String path, Notebook notebook, Problems problems) {
		Optional<Notebook.Cell> first = notebook.cells().stream().findFirst().filter(cell -> cell.type().equals("raw"));
		String yaml = "";
		int line = 1;
		if (first.isPresent() && first.get().source().strip().startsWith("---")) {
			Optional<FrontMatter> split = FrontMatter.split(first.get().source().strip(), path, problems);
			if (split.isEmpty()) {
				return Optional.empty();
			}
			yaml = split.get().yaml();
			// The cell's lines are strings of its own in the JSON, so its first line is near enough.
			line = first.get().line();
		}
		return LessonReader.meta(path, yaml, line, problems);
	}

	/** The notebook's own {@code kernelspec}: its {@code language}, else its {@code name}. */
	private static Optional<String> kernelLanguage(Notebook notebook) {
		return Stream.of("language", "name")
			.map(key -> notebook.metadata().path("kernelspec").path(key).asString(""))
			.filter(value -> !value.isBlank())
			.findFirst();
	}

	/** The first top-level heading of the Markdown cells, outside code. */
	private static Optional<String> firstHeading(Notebook notebook) {
		for (Notebook.Cell cell : notebook.cells()) {
			if (!cell.type().equals("markdown") || cell.tagged("remove-cell")) {
				continue;
			}
			Optional<String> heading = LessonReader.firstHeading(cell.source());
			if (heading.isPresent()) {
				return heading;
			}
		}
		return Optional.empty();
	}
}
