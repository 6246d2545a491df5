package io.lectern.content.internal.load;

import io.lectern.authoring.Problems;
import io.lectern.authoring.YamlMap;
import io.lectern.content.internal.Slugs;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a lesson's front matter. Keys Lectern does not use (Jupyter Book's {@code interact_link},
 * {@code kernel_name}, {@code comment}...) are accepted silently so exported sites load as they are.
 */
final class LessonReader {

	private LessonReader() {
	}

	static Optional<LessonSource> read(String path, String text, Problems problems) {
		Optional<FrontMatter> split = FrontMatter.split(text, path, problems);
		if (split.isEmpty()) {
			return Optional.empty();
		}
		FrontMatter frontMatter = split.get();
		Optional<YamlMap> parsed = YamlMap.parse(frontMatter.yaml(), path, FrontMatter.YAML_FIRST_LINE, problems);
		if (parsed.isEmpty()) {
			return Optional.empty();
		}
		YamlMap meta = parsed.get();
		Optional<String> title = meta.string("title");
		if (title.isEmpty()) {
			problems.add(path, 1, "Missing \"title\": add \"title: ...\" to the front matter");
		}
		Optional<String> permalink = meta.string("permalink");
		List<String> oldPaths = new ArrayList<>(meta.strings("redirect_from"));
		permalink.filter(link -> link.startsWith("/")).ifPresent(oldPaths::add);
		Optional<String> previousPage = pageLink(meta, "prev_page");
		Optional<String> nextPage = pageLink(meta, "next_page");
		List<String> topics = meta.strings("topics");
		String summary = meta.string("summary").orElse("");
		if (title.isEmpty()) {
			return Optional.empty();
		}
		String slug = Slugs.slugify(permalink.map(LessonReader::lastSegment).orElse(fileName(path)));
		return Optional.of(new LessonSource(path, slug, title.get(), summary, topics, oldPaths, frontMatter.body(),
				frontMatter.bodyLine(), previousPage, nextPage));
	}

	/** {@code prev_page}/{@code next_page} are {@code {url, title}} pairs in Jupyter Book exports. */
	private static Optional<String> pageLink(YamlMap meta, String key) {
		return meta.map(key).flatMap(link -> {
			Optional<String> url = link.string("url");
			if (url.isEmpty()) {
				meta.problems().add(meta.file(), meta.line(key), "\"" + key + "\" needs a \"url\"");
			}
			return url;
		});
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
