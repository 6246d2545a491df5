package io.lectern.content.internal.load;

import io.lectern.authoring.Problems;
import io.lectern.authoring.YamlMap;
import io.lectern.content.LessonDetails;
import io.lectern.content.internal.Slugs;
import io.lectern.content.Numbering;
import io.lectern.content.internal.math.MathMacros;
import io.lectern.content.internal.render.myst.Abbreviations;
import io.lectern.content.internal.render.HeadingText;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Reads a lesson's front matter, MyST's keys among them. Keys Lectern does not use (Jupyter Book's {@code interact_link},
 * {@code kernel_name}, {@code comment}...) are accepted silently so exported sites load as they are.
 */
final class LessonReader {

	private static final Pattern TITLE_HEADING = Pattern.compile("^# +(.+?)(?: +#+)? *$");
	private static final Pattern DEEPER_HEADING = Pattern.compile("^ {0,3}(#{2,6}) +(.+?)(?: +#+)? *$");
	/** What may stand before a page's opening heading: blank lines, target lines, comments. */
	private static final Pattern ASIDE_LINE = Pattern.compile("^\\s*$|^\\s*\\([^()]+\\)=\\s*$|^%.*$|^\\s*<!--.*-->\\s*$");

	private LessonReader() {
	}

	static Optional<LessonSource> read(String path, String text, Problems problems) {
		Optional<FrontMatter> split = FrontMatter.split(text, path, problems);
		if (split.isEmpty()) {
			return Optional.empty();
		}
		FrontMatter frontMatter = split.get();
		Optional<Meta> meta = meta(path, frontMatter.yaml(), FrontMatter.YAML_FIRST_LINE, problems);
		if (meta.isEmpty()) {
			return Optional.empty();
		}
		// Newer Jupyter Book pages often have no front matter: their first "# " heading is the title.
		Optional<String> title = meta.get().title().or(() -> firstHeading(frontMatter.body()));
		String body = frontMatter.body();
		if (title.isEmpty()) {
			Optional<Opening> opening = openingHeading(body);
			if (opening.isPresent()) {
				title = Optional.of(opening.get().text());
				body = opening.get().asTitle(body);
				problems.warning(path, frontMatter.bodyLine() + opening.get().line(), "problem.lesson.titleHeadingLevel",
						opening.get().level(), opening.get().text());
			}
		}
		if (title.isEmpty()) {
			// A LICENSE.md or a notes file in a folder of chapters still reads well under its file name.
			problems.warning(path, 1, "problem.lesson.noTitle", titleFromFileName(path));
		}
		Meta found = meta.get();
		return Optional.of(new LessonSource(path, found.slug(), title.orElseGet(() -> titleFromFileName(path)),
				found.summary(), found.topics(),
				found.oldPaths(), KramdownAttributes.apply(body), frontMatter.bodyLine(), found.previousPage(), found.nextPage(),
				line -> line, Map.of(), found.kernelLanguage(), found.details(), found.numbering(), found.mathMacros(),
				found.abbreviations()));
	}

	/**
	 * What front matter says about a lesson. Notebooks carry it too, in a first raw cell, so it is
	 * read apart from the Markdown file around it.
	 *
	 * @param title empty when the front matter has none
	 * @param slug the permalink's last segment, or else the file name, slugified
	 * @param previousPage the {@code prev_page} url, as the author's old site wrote it
	 * @param nextPage the {@code next_page} url
	 * @param kernelLanguage {@code kernelspec.language}, else {@code kernelspec.name}, as jupytext writes
	 *     them atop a MyST Markdown notebook (its {@code jupytext} key is accepted and ignored)
	 * @param numbering which kinds of block the page numbers
	 * @param mathMacros the page's {@code math:} macros
	 * @param abbreviations the page's {@code abbreviations:}
	 */
	record Meta(Optional<String> title, String summary, List<String> topics, List<String> oldPaths, String slug,
			Optional<String> previousPage, Optional<String> nextPage, Optional<String> kernelLanguage, LessonDetails details,
			Numbering numbering, MathMacros mathMacros, Abbreviations abbreviations) {
	}

	/** @param firstLine the line of {@code path} on which {@code yaml} starts */
	static Optional<Meta> meta(String path, String yaml, int firstLine, Problems problems) {
		Optional<YamlMap> parsed = YamlMap.parse(yaml, path, firstLine, problems);
		if (parsed.isEmpty()) {
			return Optional.empty();
		}
		YamlMap meta = parsed.get();
		Optional<String> permalink = meta.string("permalink");
		List<String> oldPaths = new ArrayList<>(meta.strings("redirect_from"));
		permalink.filter(link -> link.startsWith("/")).ifPresent(oldPaths::add);
		String slug = Slugs.slugify(permalink.map(LessonReader::lastSegment).orElse(fileName(path)));
		// MyST pages say "description" and "tags" (or "keywords") where Lectern's say "summary" and "topics".
		String summary = meta.string("summary").or(() -> meta.string("description")).orElse("");
		List<String> topics = meta.has("topics") ? meta.strings("topics")
				: meta.has("tags") ? meta.strings("tags") : meta.strings("keywords");
		return Optional.of(new Meta(meta.string("title"), summary, topics, oldPaths, slug, pageLink(meta, "prev_page"),
				pageLink(meta, "next_page"),
				meta.map("kernelspec").flatMap(kernel -> kernel.string("language").or(() -> kernel.string("name"))),
				MystFrontMatter.details(meta), NumberingYaml.read(meta), MathFrontMatter.macros(meta),
				Abbreviations.read(meta)));
	}

	/**
	 * {@code prev_page}/{@code next_page} are {@code {url, title}} pairs in Jupyter Book exports. The
	 * first page of a book has {@code prev_page: {url: , title: ''}} and the last an empty
	 * {@code next_page}: both mean "none", as Jupyter Book meant them.
	 */
	private static Optional<String> pageLink(YamlMap meta, String key) {
		if (meta.value(key).filter(value -> value instanceof ScalarNode scalar && scalar.getValue().isBlank()).isPresent()) {
			return Optional.empty();
		}
		return meta.map(key).flatMap(link -> link.string("url"));
	}

	/** The text of the first {@code # } heading outside fenced code, as the heading shows it, if any. */
	static Optional<String> firstHeading(String markdown) {
		boolean inCode = false;
		for (String line : markdown.lines().toList()) {
			if (line.startsWith("```") || line.startsWith("~~~")) {
				inCode = !inCode;
			}
			Matcher heading = TITLE_HEADING.matcher(line);
			if (!inCode && heading.matches()) {
				return Optional.of(HeadingText.plain(heading.group(1)));
			}
		}
		return Optional.empty();
	}

	/**
	 * A heading deeper than {@code # } that opens the body, with only blank lines, target lines and
	 * comments before it.
	 *
	 * @param line its line within the body, from 0
	 */
	record Opening(int level, String text, int line) {

		/** The body with this heading written as a {@code # } one, on the same line, so the page shows it once, as its title. */
		String asTitle(String body) {
			List<String> lines = new ArrayList<>(body.lines().toList());
			lines.set(line, lines.get(line).strip().replaceFirst("^#+", "#"));
			return String.join("\n", lines) + (body.endsWith("\n") ? "\n" : "");
		}
	}

	/**
	 * The heading that opens a page which has no title and no {@code # } heading: Sphinx, which
	 * builds Jupyter Book 1, titles a page by its first section at any level (MyST-Parser warns
	 * that its headings start below H1), where mystmd would fall back to the file name.
	 */
	static Optional<Opening> openingHeading(String markdown) {
		List<String> lines = markdown.lines().toList();
		for (int i = 0; i < lines.size(); i++) {
			Matcher heading = DEEPER_HEADING.matcher(lines.get(i));
			if (heading.matches()) {
				return Optional.of(new Opening(heading.group(1).length(), HeadingText.plain(heading.group(2)), i));
			}
			if (!ASIDE_LINE.matcher(lines.get(i)).matches()) {
				return Optional.empty();
			}
		}
		return Optional.empty();
	}

	static String titleFromFileName(String path) {
		return Slugs.titleFromName(fileName(path));
	}

	private static String fileName(String path) {
		return Slugs.withoutExtension(path.substring(path.lastIndexOf('/') + 1));
	}

	private static String lastSegment(String permalink) {
		String trimmed = permalink.replaceAll("/+$", "");
		String last = trimmed.substring(trimmed.lastIndexOf('/') + 1);
		return last.endsWith(".html") ? last.substring(0, last.length() - 5) : last;
	}
}
