package io.lectern.content.internal.load;

import io.lectern.authoring.CourseSlug;
import io.lectern.authoring.Problems;
import io.lectern.content.Catalog;
import io.lectern.authoring.ContentProblem;
import io.lectern.content.Course;
import io.lectern.content.Lesson;
import io.lectern.content.MediaFile;
import io.lectern.content.internal.remote.RemoteImageFetcher;
import io.lectern.content.internal.math.Formulas;
import io.lectern.content.internal.render.MarkdownRenderer;
import io.lectern.diagrams.Diagrams;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads a content folder into a {@link Catalog}: finds the courses, reads every lesson's front
 * matter, then renders every lesson with links checked against the whole folder, or reuses the
 * render kept from an earlier load when nothing the lesson is made of changed. Every problem is
 * collected; a lesson with an error is left out of the catalog, one with warnings is kept.
 */
public final class CatalogLoader {

	private static final Logger log = LoggerFactory.getLogger(CatalogLoader.class);

	private final MarkdownRenderer renderer;
	private final Optional<RemoteImageFetcher> remoteImages;
	private Optional<Consumer<ContentProblem>> typesetLater = Optional.empty();
	private RenderReuse reuse = new RenderReuse();

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
	 * {@link io.lectern.content.LessonBody}) rather than while loading, which in a course full of mathematics is most
	 * of the load. Those that do not parse are then reported to {@code lateWarnings}. Without this,
	 * as a check needs, every formula is typeset and reported while loading.
	 */
	public CatalogLoader typesettingLater(Consumer<ContentProblem> lateWarnings) {
		this.typesetLater = Optional.of(lateWarnings);
		return this;
	}

	/**
	 * Renders of lessons are kept in {@code reuse} and taken from it, so that a reload by another
	 * loader with the same settings renders only the lessons whose inputs changed. Without this a
	 * loader reuses only what it rendered itself.
	 */
	public CatalogLoader reusing(RenderReuse reuse) {
		this.reuse = reuse;
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
		LoadSteps steps = new LoadSteps();
		Problems problems = new Problems();
		Set<String> files = Set.copyOf(tree.paths());
		// Lessons draw diagrams from the folder's own diagram files, so those are read first.
		SortedMap<String, String> diagramFiles = files.stream()
			.filter(Diagrams::isDiagramFile)
			.collect(Collectors.toMap(path -> path, path -> ContentFiles.text(tree, path), (a, b) -> a, TreeMap::new));
		Diagrams diagrams = reuse.reads().diagrams(diagramFiles, problems);
		steps.done("diagrams");
		List<CoursePlan> plans = new CoursePlanner(tree, files, problems).plan();
		steps.done("plans");
		Set<CoursePlan> kept = previous.map(before -> before.unchangedAmong(plans)).orElse(Set.of());
		LinkIndex index = new LinkIndex(files);
		LessonListing listing = new LessonListing(tree, index, problems, reuse.reads());
		Map<CoursePlan, List<LessonSource>> sources = new LinkedHashMap<>();
		Map<String, String> courseDirBySlug = new HashMap<>();
		for (CoursePlan plan : plans) {
			String claimedBy = courseDirBySlug.putIfAbsent(plan.slug(), plan.dir());
			if (claimedBy != null) {
				problems.error(plan.pathOf(CoursePlanner.MANIFEST), 1, "problem.course.slugTaken", plan.slug(),
						claimedBy);
				continue;
			}
			sources.put(plan, listing.read(plan));
		}
		steps.done("front matter");
		Map<String, PageNumbers.PageNumber> pageNumbers = new HashMap<>();
		IncludedFiles includes = new IncludedFiles(tree, index);
		sources.forEach((plan, read) -> pageNumbers.putAll(PageNumbers.of(plan, read, includes)));
		index.oldPathsShadowingLessons().forEach((oldPath, source) -> {
			problems.warning(source, 1, "problem.lesson.redirectIsLesson", oldPath);
			index.dropOldPath(oldPath);
		});
		Map<CoursePlan, List<LessonSource>> rendering = new LinkedHashMap<>(sources);
		rendering.keySet().removeAll(kept);
		String folderDigest = ContentDigest.start().add(index.digest()).addAll(diagramFiles.keySet())
			.addAll(diagramFiles.values()).hex();
		LessonRendering.Rendered rendered = new LessonRendering(renderer, remoteImages, typesetLater.isEmpty(), reuse)
			.render(new LessonRendering.Load(tree, index, diagrams, folderDigest, pageNumbers, listing.sourceDigests(), problems),
					rendering);
		reuse.forgetAllBut(files);
		steps.done("rendering");
		// A warning marks what still renders; only an error leaves its lesson out.
		Set<String> broken = problems.sorted().stream().filter(ContentProblem::isError).map(ContentProblem::file)
			.collect(Collectors.toSet());
		rendering.forEach((plan, read) -> LessonRendering.link(plan,
				read.stream().filter(source -> !broken.contains(source.path())).toList(), index, rendered.pages(), pageNumbers,
				problems));
		steps.done("linking");
		CourseAssembly assembly = new CourseAssembly(index, pageNumbers, typesetLater);
		Set<String> lastGood = new TreeSet<>();
		List<Course> courses = new ArrayList<>();
		sources.forEach((plan, read) -> {
			if (kept.contains(plan)) {
				courses.add(previous.orElseThrow().catalog().course(CourseSlug.of(plan.slug())).orElseThrow());
				return;
			}
			Map<String, Lesson> lastGoodOf = previous.map(before -> before.lastGood(plan, broken, files)).orElse(Map.of());
			lastGood.addAll(lastGoodOf.keySet());
			assembly.course(plan, read, rendered.pages(), broken, lastGoodOf).ifPresent(courses::add);
		});
		steps.done("assembly");
		// A kept course's problems were found when it loaded; here they would only be found again in part.
		List<ContentProblem> found = problems.sorted()
			.stream()
			.filter(problem -> kept.stream().noneMatch(plan -> plan.holds(problem.file())))
			.toList();
		Map<String, MediaFile> media = ServedMedia.of(tree, index, rendered.remoteCopies(), kept,
				previous.map(PreviousLoad::catalog));
		Catalog catalog = new Catalog(courses, new HashMap<>(index.oldPaths()), media, ContentFiles.dataFiles(tree, files),
				diagrams);
		steps.done("media and data files");
		log.debug("Load of {} course(s), {} kept as they were: {}", plans.size(), kept.size(), steps);
		Set<String> reloaded = new TreeSet<>();
		plans.stream().filter(plan -> !kept.contains(plan)).forEach(plan -> reloaded.add(plan.slug()));
		previous.ifPresent(before -> before.catalog().courses().stream()
			.filter(course -> catalog.course(course.slug()).isEmpty())
			.forEach(course -> reloaded.add(course.slug().value())));
		return new Reloaded(new LoadResult(catalog, found), List.copyOf(reloaded),
				kept.stream().map(CoursePlan::dir).toList(), lastGood, rendered.renderedNow(), listing.parsed());
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
