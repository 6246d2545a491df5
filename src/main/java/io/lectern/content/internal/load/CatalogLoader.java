package io.lectern.content.internal.load;

import io.lectern.authoring.CourseSlug;
import io.lectern.authoring.LessonSlug;
import io.lectern.authoring.Problems;
import io.lectern.content.Catalog;
import io.lectern.content.ContentFile;
import io.lectern.authoring.ContentProblem;
import io.lectern.content.Course;
import io.lectern.content.ExternalLink;
import io.lectern.content.Lesson;
import io.lectern.content.LessonBody;
import io.lectern.content.MediaFile;
import io.lectern.content.Numbering;
import io.lectern.content.OutlineItem;
import io.lectern.content.Section;
import io.lectern.content.internal.Slugs;
import io.lectern.content.internal.remote.RemoteImageFetcher;
import io.lectern.content.internal.math.Formulas;
import io.lectern.content.internal.render.ContentWords;
import io.lectern.content.internal.render.MarkdownRenderer;
import io.lectern.diagrams.DiagramWords;
import io.lectern.diagrams.Diagrams;
import io.lectern.content.internal.render.RenderedLesson;
import io.lectern.content.internal.render.myst.NumberingSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Loads a content folder into a {@link Catalog}: finds the courses, reads every lesson's front
 * matter, then renders every lesson with links checked against the whole folder. Every problem is
 * collected; a lesson with an error is left out of the catalog, one with warnings is kept.
 */
public final class CatalogLoader {

	private final MarkdownRenderer renderer;
	private final Optional<RemoteImageFetcher> remoteImages;
	private Optional<Consumer<ContentProblem>> typesetLater = Optional.empty();

	/** A loader for checks and tests: formulas rendered at every load, images from other sites shown as links. */
	public CatalogLoader() {
		this(Formulas.uncached());
	}

	/** @param formulas where formulas are rendered, and kept between loads; images from other sites stay links */
	public CatalogLoader(Formulas formulas) {
		this.renderer = new MarkdownRenderer(formulas);
		this.remoteImages = Optional.empty();
	}

	/** Images from other sites are fetched by {@code remoteImages} and shown from the portal. */
	public CatalogLoader(Formulas formulas, RemoteImageFetcher remoteImages) {
		this.renderer = new MarkdownRenderer(formulas);
		this.remoteImages = Optional.of(remoteImages);
	}

	/**
	 * Formulas that are not in the formula cache are typeset when their lesson is first shown (see
	 * {@link LessonBody}) rather than while loading, which in a course full of mathematics is most
	 * of the load. Those that do not parse are then reported to {@code lateWarnings}. Without this,
	 * as a check needs, every formula is typeset and reported while loading.
	 */
	public CatalogLoader typesettingLater(Consumer<ContentProblem> lateWarnings) {
		this.typesetLater = Optional.of(lateWarnings);
		return this;
	}

	public LoadResult load(ContentTree tree) {
		return load(tree, Optional.empty()).result();
	}

	/**
	 * Loads the folder again after {@code changed} files (paths relative to it) changed: a course none
	 * of whose files changed is kept as {@code current} has it, rendered and all; a file outside every
	 * course (a diagram file the lessons draw from) reloads them all. A lesson that now has an error
	 * keeps the version {@code current} serves, while its file is there.
	 */
	public Reloaded reload(ContentTree tree, Catalog current, Collection<String> changed) {
		return load(tree, Optional.of(new PreviousLoad(current, Set.copyOf(changed))));
	}

	private Reloaded load(ContentTree tree, Optional<PreviousLoad> previous) {
		Problems problems = new Problems();
		Set<String> files = Set.copyOf(tree.paths());
		// Lessons draw diagrams from the folder's own diagram files, so those are read first.
		Diagrams diagrams = Diagrams.load(files.stream()
			.filter(Diagrams::isDiagramFile)
			.collect(Collectors.toMap(path -> path, path -> ContentFiles.text(tree, path), (a, b) -> a, TreeMap::new)),
				problems);
		List<CoursePlan> plans = new CoursePlanner(tree, files, problems).plan();
		Set<CoursePlan> kept = previous.map(before -> before.unchangedAmong(plans)).orElse(Set.of());
		LinkIndex index = new LinkIndex(files);
		Map<CoursePlan, List<LessonSource>> sources = new LinkedHashMap<>();
		Map<String, String> courseDirBySlug = new HashMap<>();
		for (CoursePlan plan : plans) {
			String claimedBy = courseDirBySlug.putIfAbsent(plan.slug(), plan.dir());
			if (claimedBy != null) {
				problems.error(plan.pathOf(CoursePlanner.MANIFEST), 1, "Duplicate course slug \"" + plan.slug()
						+ "\": the folder \"" + claimedBy + "\" already uses it");
				continue;
			}
			sources.put(plan, readLessons(tree, plan, index, problems));
		}
		Map<String, PageNumbers.PageNumber> pageNumbers = new HashMap<>();
		sources.forEach((plan, read) -> pageNumbers.putAll(PageNumbers.of(plan, read)));
		index.oldPathsShadowingLessons().forEach((oldPath, source) -> {
			problems.warning(source, 1, "Redirect \"" + oldPath + "\" is the address of another lesson: not redirected");
			index.dropOldPath(oldPath);
		});
		Map<CoursePlan, List<LessonSource>> rendering = new LinkedHashMap<>(sources);
		rendering.keySet().removeAll(kept);
		RemoteCopies remoteCopies = remoteImages.map(fetcher -> RemoteCopies.fetch(fetcher, renderer,
				rendering.values().stream().flatMap(List::stream).toList(), problems))
			.orElseGet(RemoteCopies::none);
		// Rendering is the costly part and each lesson is independent, so it uses every core.
		Map<String, RenderedLesson> rendered = new ConcurrentHashMap<>();
		rendering.entrySet()
			.stream()
			.flatMap(course -> course.getValue().stream().map(source -> Map.entry(course.getKey(), source)))
			.toList()
			.parallelStream()
			.forEach(job -> {
				LessonSource source = job.getValue();
				String path = source.path();
				RenderedLesson page = renderer.renderPending(source.body(), source.title(), source.bodyLine(),
						new LessonLinks(index, job.getKey(), path, source.fileLine(), problems, remoteCopies, tree),
						(language, body, line, id) -> diagrams.block(language, body, path, source.fileLine().applyAsInt(line),
								problems, id, DiagramWords.in(job.getKey().language().locale())), numberingOf(source, job.getKey(), pageNumbers.get(path)),
						source.mathMacros(job.getKey()), ContentWords.of(job.getKey().language().locale()));
				if (typesetLater.isEmpty()) {
					page = page.typeset();
				}
				page.warnings()
					.forEach(warning -> problems.warning(path, source.fileLine().applyAsInt(warning.line()), warning.message()));
				rendered.put(path, page);
			});
		// A warning marks what still renders; only an error leaves its lesson out.
		Set<String> broken = problems.sorted().stream().filter(ContentProblem::isError).map(ContentProblem::file)
			.collect(Collectors.toSet());
		rendering.forEach((plan, read) -> link(plan, read.stream().filter(source -> !broken.contains(source.path())).toList(),
				index, rendered, problems));
		Set<String> lastGood = new TreeSet<>();
		List<Course> courses = new ArrayList<>();
		sources.forEach((plan, read) -> {
			if (kept.contains(plan)) {
				courses.add(previous.orElseThrow().catalog().course(CourseSlug.of(plan.slug())).orElseThrow());
				return;
			}
			Map<String, Lesson> lastGoodOf = previous.map(before -> before.lastGood(plan, broken, files)).orElse(Map.of());
			lastGood.addAll(lastGoodOf.keySet());
			course(plan, read, rendered, broken, lastGoodOf, index, typesetLater, pageNumbers).ifPresent(courses::add);
		});
		// A kept course's problems were found when it loaded; here they would only be found again in part.
		List<ContentProblem> found = problems.sorted()
			.stream()
			.filter(problem -> kept.stream().noneMatch(plan -> plan.holds(problem.file())))
			.toList();
		Map<String, String> redirects = new HashMap<>(index.oldPaths());
		Map<String, MediaFile> media = new HashMap<>();
		index.usedFiles()
			.forEach((path, url) -> media.put(url, mediaFile(path, index.outputFile(path).orElseGet(() -> bytes(tree, path)))));
		media.putAll(remoteCopies.served());
		kept.forEach(plan -> previous.orElseThrow().catalog().media().forEach((url, file) -> {
			if (url.startsWith("/courses/" + plan.slug() + "/")) {
				media.put(url, file);
			}
		}));
		List<ContentFile> dataFiles = files.stream()
			.filter(CatalogLoader::isDataFile)
			.sorted()
			.map(path -> new ContentFile(path, ContentFiles.text(tree, path)))
			.toList();
		Catalog catalog = new Catalog(courses, redirects, media, dataFiles, diagrams);
		Set<String> reloaded = new TreeSet<>();
		plans.stream().filter(plan -> !kept.contains(plan)).forEach(plan -> reloaded.add(plan.slug()));
		previous.ifPresent(before -> before.catalog().courses().stream()
			.filter(course -> catalog.course(course.slug()).isEmpty())
			.forEach(course -> reloaded.add(course.slug().value())));
		return new Reloaded(new LoadResult(catalog, found), List.copyOf(reloaded),
				kept.stream().map(CoursePlan::dir).toList(), lastGood);
	}

	/** References may name a label of any lesson of the course, so they are linked once all are rendered. */
	private static void link(CoursePlan plan, List<LessonSource> lessons, LinkIndex index,
			Map<String, RenderedLesson> rendered, Problems problems) {
		Map<String, String> urlByPath = new HashMap<>();
		lessons.forEach(source -> urlByPath.put(source.path(), index.lessonAt(source.path()).orElseThrow()));
		CourseLabels labels = new CourseLabels(lessons, urlByPath, rendered, plan.bibliography(), problems);
		for (LessonSource source : lessons) {
			rendered.computeIfPresent(source.path(), (path, page) -> page.linked(labels.seenFrom(urlByPath.get(path)),
					(line, message) -> problems.warning(path, source.fileLine().applyAsInt(line), message)));
		}
	}

	private static boolean isDataFile(String path) {
		return (path.endsWith(".yml") || path.endsWith(".yaml")) && !path.endsWith("/" + CoursePlanner.MANIFEST)
				&& !path.equals(CoursePlanner.MANIFEST);
	}

	private List<LessonSource> readLessons(ContentTree tree, CoursePlan plan, LinkIndex index, Problems problems) {
		Map<String, String> pathBySlug = new HashMap<>();
		List<LessonSource> lessons = new ArrayList<>();
		Stream<CoursePlan.Entry> entries = Stream.concat(plan.sections().stream().flatMap(part -> part.lessons().stream()),
				plan.unlisted().stream());
		entries.forEach(entry -> {
			if (index.lessonAt(entry.path()).isPresent()) {
				problems.error(entry.listedIn(), entry.line(), "\"" + entry.path() + "\" is listed twice");
				return;
			}
			String text = ContentFiles.text(tree, entry.path());
			Optional<LessonSource> read = NotebookReader.isNotebook(entry.path())
					? NotebookReader.read(entry.path(), text, problems) : LessonReader.read(entry.path(), text, problems);
			read.map(source -> unique(source, plan, pathBySlug)).ifPresent(source -> {
				String other = pathBySlug.putIfAbsent(source.slug(), source.path());
				if (other != null) {
					problems.error(source.path(), 1, "Duplicate lesson slug \"" + source.slug() + "\": \"" + other
							+ "\" already uses it; set a different \"permalink\"");
					return;
				}
				String url = "/courses/" + plan.slug() + "/" + source.slug();
				index.addLesson(source.path(), url);
				source.outputFiles().forEach(index::addOutputFile);
				// Two courses may both claim an old address (a book and the template it was made from): the
				// first in folder order keeps it.
				Stream.concat(source.oldPaths().stream(), entry.oldPaths().stream())
					.flatMap(oldPath -> plan.oldAddresses(oldPath).stream())
					.distinct()
					.forEach(oldPath -> index.addOldPath(oldPath, url, source.path())
					.ifPresent(taken -> problems.warning(source.path(), 1,
							"Redirect \"" + oldPath + "\" already leads to " + taken + ": kept there")));
				lessons.add(source);
			});
		});
		return lessons;
	}

	/**
	 * Books keep an {@code index.md} in many folders: a page whose slug is only its file name, already
	 * taken in the course, takes its path in the course instead ({@code parts/index} becomes
	 * {@code parts-index}). A permalink the author chose is left as it is.
	 */
	private static LessonSource unique(LessonSource source, CoursePlan plan, Map<String, String> pathBySlug) {
		String path = source.path();
		String fileName = path.substring(path.lastIndexOf('/') + 1);
		boolean named = source.slug().equals(Slugs.slugify(Slugs.withoutExtension(fileName)));
		if (!pathBySlug.containsKey(source.slug()) || !named) {
			return source;
		}
		String relative = plan.dir().isEmpty() ? path : path.substring(plan.dir().length() + 1);
		return source.withSlug(Slugs.slugify(Slugs.withoutExtension(relative)));
	}

	private static Optional<Course> course(CoursePlan plan, List<LessonSource> read, Map<String, RenderedLesson> rendered,
			Set<String> broken, Map<String, Lesson> lastGood, LinkIndex index, Optional<Consumer<ContentProblem>> typesetLater,
			Map<String, PageNumbers.PageNumber> pageNumbers) {
		Map<String, Lesson> lessons = new HashMap<>(lastGood);
		read.stream()
			.filter(source -> !broken.contains(source.path()))
			.forEach(source -> lessons.put(source.path(), lesson(plan, source,
					body(source, rendered.get(source.path()), typesetLater), rendered.get(source.path()), index,
					Optional.ofNullable(pageNumbers.get(source.path())).map(PageNumbers.PageNumber::number).orElse(""))));
		List<Section> sections = new ArrayList<>();
		plan.sections().forEach(part -> section(part, lessons).ifPresent(sections::add));
		List<Lesson> unlisted = plan.unlisted().stream().map(entry -> lessons.get(entry.path())).filter(Objects::nonNull)
			.toList();
		return sections.stream().allMatch(section -> section.lessons().isEmpty()) ? Optional.empty()
				: Optional.of(new Course(CourseSlug.of(plan.slug()), plan.title(), plan.summary(), sections, unlisted, plan.authors(),
						plan.numbering(), plan.bibliography(), plan.certificate(), CourseVersion.of(plan, read), plan.language()));
	}

	/** The section a part of the plan becomes, with the lessons that loaded; none when nothing in it did. */
	private static Optional<Section> section(CoursePlan.Part part, Map<String, Lesson> lessons) {
		Lesson page = part.page() == null ? null : lessons.get(part.page().path());
		List<OutlineItem> items = new ArrayList<>();
		for (CoursePlan.Item item : part.items()) {
			if (item instanceof CoursePlan.Entry entry && lessons.containsKey(entry.path())) {
				items.add(lessons.get(entry.path()));
			}
			else if (item instanceof CoursePlan.Link link) {
				items.add(new ExternalLink(link.title(), link.url()));
			}
			else if (item instanceof CoursePlan.Part nested) {
				section(nested, lessons).ifPresent(items::add);
			}
		}
		if (items.isEmpty() && page == null) {
			return Optional.empty();
		}
		String title = part.title() != null || page == null ? part.title() : page.title();
		return Optional.of(new Section(title, page, items));
	}

	private static LessonBody body(LessonSource source, RenderedLesson page, Optional<Consumer<ContentProblem>> typesetLater) {
		if (page.formulas().isEmpty()) {
			return LessonBody.of(page.html());
		}
		Consumer<ContentProblem> lateWarnings = typesetLater.orElseThrow();
		return LessonBody.completedLater(page.html(), () -> {
			RenderedLesson typeset = page.typeset();
			typeset.warnings()
				.stream()
				.skip(page.warnings().size())
				.forEach(warning -> lateWarnings.accept(new ContentProblem(source.path(),
						source.fileLine().applyAsInt(warning.line()), ContentProblem.Level.WARNING, warning.message())));
			return typeset.html();
		});
	}

	private static Lesson lesson(CoursePlan plan, LessonSource source, LessonBody body, RenderedLesson page, LinkIndex index,
			String number) {
		return new Lesson(CourseSlug.of(plan.slug()), LessonSlug.of(source.slug()), source.title(), source.summary(), source.topics(), source.path(),
				body, page.headings(), page.readingMinutes(), source.oldPaths(),
				source.previousPage().flatMap(index::lessonKnownAs), source.nextPage().flatMap(index::lessonKnownAs),
				page.passages(), source.details().numbered(number));
	}

	/** How a lesson numbers its blocks: its front matter over its project's, under its own number in the course if it has one. */
	private static NumberingSettings numberingOf(LessonSource source, CoursePlan plan, PageNumbers.PageNumber number) {
		Numbering numbering = source.numbering().over(plan.numbering());
		return number == null ? NumberingSettings.of(numbering) : number.settings(numbering);
	}

	private static MediaFile mediaFile(String path, byte[] bytes) {
		return new MediaFile(MediaTypes.of(path), bytes, etag(bytes));
	}

	private static byte[] bytes(ContentTree tree, String path) {
		try {
			return tree.read(path);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read content file " + path, ex);
		}
	}

	/**
	 * A validator from the bytes themselves, so it survives restarts and is the same on every
	 * instance. Weak, because the server gzips responses on the way out and a strong ETag would
	 * have to differ between the plain and the compressed bytes (Tomcat skips compression otherwise).
	 */
	public static String etag(byte[] bytes) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
			return "W/\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"";
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}
}
