package io.lectern.content.internal.load;

import io.lectern.authoring.Problems;
import io.lectern.content.internal.render.LinkResolver;
import io.lectern.content.internal.render.UrlSchemes;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.function.IntUnaryOperator;
import java.util.stream.Collectors;

/**
 * Resolves the links of one lesson the way the author sees them in the folder: {@code other.md}
 * and {@code ../part2/other.md#anchor} become lesson URLs, {@code images/x.png} becomes a file the
 * portal serves, and an old site path becomes the lesson that now lives there.
 */
final class LessonLinks implements LinkResolver {

	private final LinkIndex index;
	private final CoursePlan course;
	private final String lessonPath;
	private final IntUnaryOperator fileLine;
	private final Problems problems;

	/** @param fileLine maps the lines the renderer reports to lines of the lesson file, see {@link LessonSource} */
	LessonLinks(LinkIndex index, CoursePlan course, String lessonPath, IntUnaryOperator fileLine, Problems problems) {
		this.index = index;
		this.course = course;
		this.lessonPath = lessonPath;
		this.fileLine = fileLine;
		this.problems = problems;
	}

	@Override
	public Optional<String> link(String destination, int renderedLine) {
		int line = fileLine.applyAsInt(renderedLine);
		Target target = Target.parse(destination);
		if (destination.startsWith("/")) {
			return Optional.of(index.lessonFormerlyAt(target.path).map(url -> url + target.fragment).orElse(destination));
		}
		if (!isRelativePath(destination)) {
			return Optional.of(destination);
		}
		Optional<String> resolved = resolve(target.path, line);
		if (resolved.isEmpty()) {
			return Optional.empty();
		}
		Optional<String> lesson = index.lessonAt(resolved.get());
		if (lesson.isPresent()) {
			return lesson.map(found -> found + target.fragment);
		}
		// A notebook that is no lesson is still a file to download, as it was before notebooks were lessons.
		if (CoursePlanner.isLessonFile(resolved.get()) && !NotebookReader.isNotebook(resolved.get())) {
			problems.error(lessonPath, line, "Link to a lesson that does not exist: " + target.path);
			return Optional.empty();
		}
		return served(resolved.get(), line, "Link to a file that does not exist: ").map(url -> url + target.fragment);
	}

	/** Sphinx's {@code {doc}} leaves the extension out: {@code {doc}`intro`} means intro.md or intro.ipynb. */
	@Override
	public Optional<String> page(String path, int renderedLine) {
		Optional<String> resolved = isRelativePath(path) ? resolve(path, fileLine.applyAsInt(renderedLine)) : Optional.empty();
		if (resolved.isPresent() && !CoursePlanner.isLessonFile(resolved.get())) {
			for (String extension : new String[] { ".md", ".ipynb" }) {
				Optional<String> lesson = index.lessonAt(resolved.get() + extension);
				if (lesson.isPresent()) {
					return lesson;
				}
			}
		}
		return link(path, renderedLine);
	}

	@Override
	public void warning(int renderedLine, String message) {
		problems.warning(lessonPath, fileLine.applyAsInt(renderedLine), message);
	}

	@Override
	public Optional<String> image(String source, int renderedLine) {
		int line = fileLine.applyAsInt(renderedLine);
		if (!isRelativePath(source)) {
			return Optional.of(source);
		}
		return resolve(Target.parse(source).path, line).flatMap(path -> served(path, line, "Image not found: "));
	}

	private static boolean isRelativePath(String destination) {
		return !destination.isEmpty() && !destination.startsWith("#") && !destination.startsWith("/")
				&& !UrlSchemes.hasScheme(destination);
	}

	private Optional<String> served(String path, int line, String problem) {
		String courseRoot = course.dir().isEmpty() ? "" : course.dir() + "/";
		if (!index.exists(path) || !path.startsWith(courseRoot)) {
			problems.error(lessonPath, line, problem + path.substring(Math.min(path.length(), courseRoot.length()))
					+ (index.exists(path) ? " (files must be inside the course folder)" : ""));
			return Optional.empty();
		}
		String url = "/courses/" + course.slug() + "/media/" + encode(path.substring(courseRoot.length()));
		index.use(path, url);
		return Optional.of(url);
	}

	/** The content path a relative reference points at, refusing to climb out of the content folder. */
	private Optional<String> resolve(String relative, int line) {
		Deque<String> parts = new ArrayDeque<>();
		String dir = CoursePlanner.dirOf(lessonPath);
		String joined = dir.isEmpty() ? relative : dir + "/" + relative;
		for (String part : joined.split("/")) {
			if (part.equals("..")) {
				if (parts.pollLast() == null) {
					problems.error(lessonPath, line, "Link points outside the content folder: " + relative);
					return Optional.empty();
				}
			}
			else if (!part.isEmpty() && !part.equals(".")) {
				parts.addLast(part);
			}
		}
		return Optional.of(String.join("/", parts));
	}

	private static String encode(String path) {
		return java.util.Arrays.stream(path.split("/"))
			.map(part -> URLEncoder.encode(part, StandardCharsets.UTF_8).replace("+", "%20"))
			.collect(Collectors.joining("/"));
	}

	/** A destination split into a decoded path and the {@code #fragment} it carries. */
	private record Target(String path, String fragment) {

		static Target parse(String destination) {
			int hash = destination.indexOf('#');
			String path = hash < 0 ? destination : destination.substring(0, hash);
			String fragment = hash < 0 ? "" : destination.substring(hash);
			int query = path.indexOf('?');
			if (query >= 0) {
				path = path.substring(0, query);
			}
			try {
				return new Target(URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8), fragment);
			}
			catch (IllegalArgumentException malformedEscape) {
				return new Target(path, fragment);
			}
		}
	}
}
