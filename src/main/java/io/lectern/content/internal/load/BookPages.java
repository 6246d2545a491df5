package io.lectern.content.internal.load;

import io.lectern.authoring.Problems;
import io.lectern.content.internal.Slugs;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What the two Jupyter Book table-of-contents readers share: finding the page file an entry names,
 * the addresses that page had on the built site, and the outside links the entries hold.
 */
final class BookPages {

	/** Tables of contents name pages without their extension; Markdown wins over a notebook of the same name. */
	private static final List<String> EXTENSIONS = List.of(".md", ".markdown", ".ipynb");
	private static final Pattern OUTSIDE = Pattern.compile("^(https?://|mailto:)\\S+$", Pattern.CASE_INSENSITIVE);

	private final Set<String> paths;
	/** Sites were often built on case-insensitive file systems, so names in the toc may differ in case. */
	private final Map<String, String> pathsByLowerCase = new HashMap<>();
	private final Problems problems;

	BookPages(Set<String> paths, Problems problems) {
		this.paths = paths;
		this.problems = problems;
		paths.forEach(path -> pathsByLowerCase.putIfAbsent(path.toLowerCase(Locale.ROOT), path));
	}

	Set<String> paths() {
		return paths;
	}

	/** The folder in which {@code file} (a path such as {@code _data/toc.yml}) sits, if {@code path} is that file. */
	static Optional<String> folderHolding(String path, String file) {
		if (path.equals(file)) {
			return Optional.of("");
		}
		return path.endsWith("/" + file) ? Optional.of(path.substring(0, path.length() - file.length() - 1))
				: Optional.empty();
	}

	/** An entry's file as a path within the book folder: tables of contents may begin it with {@code ./} or {@code /}. */
	static String relative(String file) {
		return file.replaceFirst("^(\\./|/)", "");
	}

	/** The page file at {@code base} (a content path, with or without extension), or that folder's index. */
	Optional<String> find(String base) {
		String stripped = base.replaceAll("/+$", "").replaceFirst("\\.html$", "");
		Stream<String> candidates = Stream.concat(Stream.of(stripped).filter(CoursePlanner::isLessonFile),
				Stream.concat(EXTENSIONS.stream().map(extension -> stripped + extension),
						EXTENSIONS.stream().map(extension -> stripped + "/index" + extension)));
		List<String> ordered = candidates.toList();
		return ordered.stream()
			.filter(paths::contains)
			.findFirst()
			.or(() -> ordered.stream()
				.map(path -> pathsByLowerCase.get(path.toLowerCase(Locale.ROOT)))
				.filter(Objects::nonNull)
				.findFirst());
	}

	/**
	 * A page's address on the built site as the toc wrote it, and its slugified form, which sites
	 * exported with Jupyter Book also answered to (and which {@code redirect_from} often lists).
	 */
	static List<String> oldPaths(String address) {
		String page = address.replaceFirst("(?i)\\.html$", "");
		String slugged = Arrays.stream(page.split("/"))
			.filter(segment -> !segment.isEmpty())
			.map(Slugs::slugify)
			.collect(Collectors.joining("/", "/", ""));
		return page.equals(slugged) ? List.of(page) : List.of(page, slugged);
	}

	/** An outside link, if its address is one a page may link to; otherwise a problem at the entry. */
	Optional<CoursePlan.Link> outsideLink(String title, String url, String file, int line) {
		if (!OUTSIDE.matcher(url).matches()) {
			problems.error(file, line, "problem.toc.externalLink", url);
			return Optional.empty();
		}
		return Optional.of(new CoursePlan.Link(title == null ? url : title, url));
	}
}
