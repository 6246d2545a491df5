package io.lectern.content.internal.load;

import io.lectern.authoring.Problems;
import io.lectern.content.internal.render.LinkResolver;
import io.lectern.content.internal.render.TocLine;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.IntUnaryOperator;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Resolves the links of one lesson the way the author sees them in the folder: {@code other.md}
 * and {@code ../part2/other.md#anchor} become lesson URLs, {@code images/x.png} becomes a file the
 * portal serves, and an old site path becomes the lesson that now lives there.
 */
final class LessonLinks implements LinkResolver {

	/** A destination an author wrote as a web address without {@code https://}. */
	private static final Pattern WITHOUT_SCHEME = Pattern
		.compile("www\\.[a-z0-9-]+\\.[a-z]{2,}", Pattern.CASE_INSENSITIVE);
	private static final List<String> PAGE_SOURCES = List.of(".md", ".markdown", ".ipynb");

	private final LinkIndex index;
	private final CoursePlan course;
	private final String lessonPath;
	private final IntUnaryOperator fileLine;
	private final Problems problems;
	private final RemoteCopies remoteCopies;
	private final ContentTree tree;
	private final LessonInputs inputs;

	/**
	 * @param fileLine maps the lines the renderer reports to lines of the lesson file, see {@link LessonSource}
	 * @param inputs where the files the lesson includes, links to and shows are recorded
	 */
	LessonLinks(LinkIndex index, CoursePlan course, String lessonPath, IntUnaryOperator fileLine, Problems problems,
			RemoteCopies remoteCopies, ContentTree tree, LessonInputs inputs) {
		this.remoteCopies = remoteCopies;
		this.tree = tree;
		this.inputs = inputs;
		this.index = index;
		this.course = course;
		this.lessonPath = lessonPath;
		this.fileLine = fileLine;
		this.problems = problems;
	}

	@Override
	public Optional<String> link(String destination, int renderedLine) {
		int line = fileLine.applyAsInt(renderedLine);
		if (destination.startsWith(ExternalProjects.SCHEME)) {
			Optional<String> address = course.project().externalProjects().address(destination);
			if (address.isEmpty()) {
				problems.warning(lessonPath, line, "problem.link.unknownProject", destination);
			}
			return address;
		}
		LinkTarget target = LinkTarget.parse(destination);
		if (destination.startsWith("/")) {
			return Optional.of(index.lessonFormerlyAt(target.path()).map(url -> url + target.fragment()).orElse(destination));
		}
		if (!LinkTarget.isRelative(destination)) {
			return Optional.of(destination);
		}
		Optional<String> resolved = resolve(target.path(), line);
		if (resolved.isEmpty()) {
			return Optional.empty();
		}
		Optional<String> lesson = lessonNamed(resolved.get());
		if (lesson.isPresent()) {
			return lesson.map(found -> found + target.fragment());
		}
		if (WITHOUT_SCHEME.matcher(destination).lookingAt() && !index.exists(resolved.get())) {
			// GitHub would make this a relative link that leads nowhere; the author meant the site.
			problems.warning(lessonPath, line, "problem.link.noScheme", destination);
			return Optional.of("https://" + destination);
		}
		// A notebook that is no lesson is still a file to download, as it was before notebooks were lessons.
		if (CoursePlanner.isLessonFile(resolved.get()) && !NotebookReader.isNotebook(resolved.get())) {
			problems.warning(lessonPath, line, index.exists(resolved.get()) ? "problem.link.unpublished"
					: "problem.link.noLesson", target.path());
			return Optional.empty();
		}
		return served(resolved.get(), line, "problem.link.noFile").map(url -> url + target.fragment());
	}

	@Override
	public boolean isFile(String name) {
		return LinkTarget.inContentFolder(CoursePlanner.dirOf(lessonPath), name)
			.filter(path -> index.exists(path)
					|| PAGE_SOURCES.stream().anyMatch(extension -> index.lessonAt(path + extension).isPresent()))
			.isPresent();
	}

	/** Sphinx's {@code {doc}} leaves the extension out: {@code {doc}`intro`} means intro.md or intro.ipynb. */
	@Override
	public Optional<String> page(String path, int renderedLine) {
		Optional<String> resolved = LinkTarget.isRelative(path) ? resolve(path, fileLine.applyAsInt(renderedLine))
				: Optional.empty();
		if (resolved.isPresent() && !CoursePlanner.isLessonFile(resolved.get())) {
			Optional<String> lesson = PAGE_SOURCES.stream().map(extension -> index.lessonAt(resolved.get() + extension))
				.flatMap(Optional::stream).findFirst();
			if (lesson.isPresent()) {
				return lesson;
			}
		}
		return link(path, renderedLine);
	}

	/**
	 * The lesson a file name means, as GitHub and Jupyter Book resolve it: its source ({@code .md},
	 * {@code .ipynb}) or the {@code .html} page the book built from it. A source that is not there
	 * means the lesson made from the same notebook: a legacy Jupyter Book's pages link to
	 * {@code 00-first-steps.ipynb} beside the {@code 00-first-steps.md} it generated, and jupytext
	 * pairs a notebook with a Markdown file of the same name.
	 */
	private Optional<String> lessonNamed(String path) {
		Optional<String> lesson = index.lessonAt(path);
		String lower = path.toLowerCase(Locale.ROOT);
		if (lesson.isPresent() || index.exists(path) && !lower.endsWith(".html")) {
			// A notebook there that is no lesson is a file to download.
			return lesson;
		}
		Optional<String> page = Stream.concat(Stream.of(".html"), PAGE_SOURCES.stream())
			.filter(lower::endsWith)
			.findFirst()
			.map(extension -> path.substring(0, path.length() - extension.length()));
		if (page.isEmpty() && !path.substring(path.lastIndexOf('/') + 1).contains(".")) {
			// mystmd's links leave the extension out as {doc} does: "getting-started" is getting-started.md, else .ipynb.
			page = Optional.of(path);
		}
		return page.flatMap(name -> PAGE_SOURCES.stream().map(extension -> index.lessonAt(name + extension))
			.flatMap(Optional::stream).findFirst());
	}

	@Override
	public List<TocLine> childPages() {
		return ChildPages.of(course, lessonPath, index);
	}

	@Override
	public List<TocLine> coursePages() {
		return ChildPages.ofCourse(course, index);
	}

	@Override
	public boolean showsTodos() {
		return course.project().showsTodos();
	}

	@Override
	public List<TocLine> tableOfContentsPages() {
		return course.project().format() == ProjectFormat.MYST ? coursePages() : childPages();
	}

	@Override
	public Optional<String> image(String source, int renderedLine) {
		int line = fileLine.applyAsInt(renderedLine);
		if (source.startsWith("/") && !source.startsWith("//")) {
			// Sphinx's rule, which Jupyter Book follows: an image path starting with "/" is relative
			// to the book's top folder (QuantEcon's "/_static/lecture_specific/...").
			return resolve(course.dir(), LinkTarget.parse(source).path().substring(1), line)
				.flatMap(path -> served(path, line, "problem.image.missing"));
		}
		if (!LinkTarget.isRelative(source)) {
			return Optional.of(localCopy(source).orElse(source));
		}
		return resolve(LinkTarget.parse(source).path(), line).flatMap(path -> served(path, line, "problem.image.missing"));
	}

	@Override
	public Optional<String> localCopy(String remoteSource) {
		inputs.askedForRemoteCopy();
		return remoteCopies.servedAt(remoteSource, course.slug());
	}

	@Override
	public void warning(int renderedLine, String key, Object... arguments) {
		problems.warning(lessonPath, fileLine.applyAsInt(renderedLine), key, arguments);
	}

	@Override
	public Optional<String> read(String path, int renderedLine) {
		int line = fileLine.applyAsInt(renderedLine);
		if (!LinkTarget.isRelative(path)) {
			problems.warning(lessonPath, line, "problem.include.outside", path);
			return Optional.empty();
		}
		String courseRoot = course.dir().isEmpty() ? "" : course.dir() + "/";
		return resolve(LinkTarget.parse(path).path(), line).filter(resolved -> {
			boolean inside = index.exists(resolved) && resolved.startsWith(courseRoot);
			if (!inside) {
				problems.warning(lessonPath, line, index.exists(resolved) ? "problem.include.outsideCourse" : "problem.include.missing",
						path);
			}
			return inside;
		}).map(resolved -> {
			String text = ContentFiles.text(tree, resolved);
			inputs.included(resolved, text);
			return text;
		});
	}

	/** @param missing the problem's key when there is no such file; with "OutsideCourse" after it, when it is outside the course */
	private Optional<String> served(String path, int line, String missing) {
		String courseRoot = course.dir().isEmpty() ? "" : course.dir() + "/";
		if (!index.exists(path) || !path.startsWith(courseRoot)) {
			// Named from the course's folder when it is inside, else from the content folder's.
			problems.warning(lessonPath, line, index.exists(path) ? missing + "OutsideCourse" : missing,
					path.startsWith(courseRoot) ? path.substring(courseRoot.length()) : path);
			return Optional.empty();
		}
		String url = "/courses/" + course.slug() + "/media/" + encode(path.substring(courseRoot.length()));
		inputs.used(path, url);
		return Optional.of(url);
	}

	/** The content path a relative reference points at, refusing to climb out of the content folder. */
	private Optional<String> resolve(String relative, int line) {
		return resolve(CoursePlanner.dirOf(lessonPath), relative, line);
	}

	/** The content path {@code relative} points at from the folder {@code dir}; empty, and reported, when it climbs out. */
	private Optional<String> resolve(String dir, String relative, int line) {
		Optional<String> resolved = LinkTarget.inContentFolder(dir, relative);
		if (resolved.isEmpty()) {
			problems.warning(lessonPath, line, "problem.link.outsideFolder", relative);
		}
		return resolved;
	}

	private static String encode(String path) {
		return java.util.Arrays.stream(path.split("/"))
			.map(part -> URLEncoder.encode(part, StandardCharsets.UTF_8).replace("+", "%20"))
			.collect(Collectors.joining("/"));
	}
}
