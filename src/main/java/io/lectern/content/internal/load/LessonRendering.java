package io.lectern.content.internal.load;

import io.lectern.authoring.ContentProblem;
import io.lectern.authoring.Problems;
import io.lectern.content.MediaFile;
import io.lectern.content.Numbering;
import io.lectern.content.internal.remote.RemoteImageFetcher;
import io.lectern.content.internal.render.ContentWords;
import io.lectern.content.internal.render.MarkdownRenderer;
import io.lectern.content.internal.render.RenderedLesson;
import io.lectern.content.internal.render.myst.NumberingSettings;
import io.lectern.diagrams.DiagramWords;
import io.lectern.diagrams.Diagrams;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Renders the lessons of one load, each alone (on every core) and then linked with the labels of
 * its whole course. A lesson whose render {@link RenderReuse} kept, with the same inputs, is not
 * rendered again: its kept render is linked like a fresh one, so references to an edited lesson
 * read its new headings and numbers.
 */
final class LessonRendering {

	/** What a load shares with every lesson it renders. */
	record Load(ContentTree tree, LinkIndex index, Diagrams diagrams, String folderDigest,
			Map<String, PageNumbers.PageNumber> pageNumbers, Map<String, String> sourceDigests, Problems problems) {
	}

	/**
	 * @param pages the lessons' renders, by file, linked once {@link #link} is called
	 * @param renderedNow the lesson files rendered by this load, the others' renders reused
	 * @param remoteCopies the copies of images from other sites the lessons show, by the URL each is served at
	 */
	record Rendered(Map<String, RenderedLesson> pages, Set<String> renderedNow, Map<String, MediaFile> remoteCopies) {
	}

	private final MarkdownRenderer renderer;
	private final Optional<RemoteImageFetcher> remoteImages;
	private final boolean typesetNow;
	private final RenderReuse reuse;

	LessonRendering(MarkdownRenderer renderer, Optional<RemoteImageFetcher> remoteImages, boolean typesetNow,
			RenderReuse reuse) {
		this.renderer = renderer;
		this.remoteImages = remoteImages;
		this.typesetNow = typesetNow;
		this.reuse = reuse;
	}

	Rendered render(Load load, Map<CoursePlan, List<LessonSource>> courses) {
		List<Job> fresh = new ArrayList<>();
		Map<String, RenderedLesson> pages = new ConcurrentHashMap<>();
		courses.forEach((plan, lessons) -> lessons.forEach(source -> {
			Job job = new Job(plan, source, key(load, plan, source));
			reuse.reusable(source.path(), job.key, load.tree).ifPresentOrElse(kept -> {
				kept.problems().forEach(problem -> report(problem, load.problems));
				kept.usedFiles().forEach(load.index::use);
				pages.put(source.path(), reported(kept.page(), source, load.problems));
			}, () -> fresh.add(job));
		}));
		// Only lessons rendered now need the images from other sites they show fetched.
		RemoteCopies remoteCopies = remoteImages.map(fetcher -> RemoteCopies.fetch(fetcher, renderer,
				fresh.stream().map(job -> job.source).toList(), load.problems)).orElseGet(RemoteCopies::none);
		// Rendering is the costly part and each lesson is independent, so it uses every core. A check
		// typesets only once every lesson is rendered: the TeX engine, started at the first formula the
		// cache lacks, loads meanwhile instead of holding up the threads that reach a formula first.
		List<Fresh> renders = fresh.parallelStream().map(job -> renderAfresh(load, job, remoteCopies)).toList();
		renders.parallelStream().forEach(render -> pages.put(render.job.source.path(),
				reported(finish(load, render), render.job.source, load.problems)));
		Set<String> renderedNow = new TreeSet<>();
		fresh.forEach(job -> renderedNow.add(job.source.path()));
		return new Rendered(pages, renderedNow, remoteCopies.served());
	}

	/** References may name a label of any lesson of the course, so they are linked once all are rendered. */
	static void link(CoursePlan plan, List<LessonSource> lessons, LinkIndex index, Map<String, RenderedLesson> rendered,
			Map<String, PageNumbers.PageNumber> pageNumbers, Problems problems) {
		Map<String, String> urlByPath = new HashMap<>();
		lessons.forEach(source -> urlByPath.put(source.path(), index.lessonAt(source.path()).orElseThrow()));
		CourseLabels labels = new CourseLabels(lessons, urlByPath, rendered, pageNumbers, plan.bibliography(), problems);
		for (LessonSource source : lessons) {
			rendered.computeIfPresent(source.path(), (path, page) -> page.linked(labels.seenFrom(urlByPath.get(path)),
					(line, key, arguments) -> problems.warning(path, source.fileLine().applyAsInt(line), key, arguments)));
		}
	}

	private Fresh renderAfresh(Load load, Job job, RemoteCopies remoteCopies) {
		LessonSource source = job.source;
		String path = source.path();
		Problems found = new Problems();
		LessonInputs inputs = new LessonInputs();
		RenderedLesson page = renderer.renderPending(source.body(), source.title(), source.bodyLine(),
				new LessonLinks(load.index, job.plan, path, source.fileLine(), found, remoteCopies, load.tree, inputs),
				(language, body, line, id) -> load.diagrams.block(language, body, path, source.fileLine().applyAsInt(line),
						found, id, DiagramWords.in(job.plan.project().language().locale())),
				numberingOf(source, job.plan, load.pageNumbers.get(path)), source.mathMacros(job.plan),
				words(job.plan), source.abbreviations(job.plan),
				source.kernelLanguage().orElse(""));
		if (typesetNow) {
			page.formulas().warmUp();
		}
		return new Fresh(job, page, found, inputs);
	}

	/** Typesets a fresh render when the load asks for it now, keeps it for the next load and reports what it found. */
	private RenderedLesson finish(Load load, Fresh render) {
		String path = render.job.source.path();
		RenderedLesson page = typesetNow ? render.page.typeset() : render.page;
		// A copy of an image from another site is fetched at each load, and its failure reported then.
		if (remoteImages.isEmpty() || !render.inputs.askedForRemoteCopies()) {
			reuse.keep(path, render.job.key, render.inputs, render.found.sorted(), page);
		}
		else {
			reuse.forget(path);
		}
		load.problems.addAll(render.found);
		render.inputs.usedFiles().forEach(load.index::use);
		return page;
	}

	private static RenderReuse.Key key(Load load, CoursePlan plan, LessonSource source) {
		return new RenderReuse.Key(plan, source.slug(), load.sourceDigests.get(source.path()),
				Optional.ofNullable(load.pageNumbers.get(source.path())), load.folderDigest);
	}

	/** The warnings a render carries, which the renderer counts by line of the body, reported at lines of the file. */
	private static RenderedLesson reported(RenderedLesson page, LessonSource source, Problems problems) {
		page.warnings()
			.forEach(warning -> problems.warning(source.path(), source.fileLine().applyAsInt(warning.line()), warning.key(),
					warning.argumentArray()));
		return page;
	}

	private static void report(ContentProblem problem, Problems problems) {
		problems.add(problem);
	}

	/** The words the portal writes into the course's lessons, and whether it sets their quotes as the course's old site did. */
	private static ContentWords words(CoursePlan plan) {
		ContentWords words = ContentWords.of(plan.project().language().locale());
		return plan.project().format().setsQuotes() ? words.settingQuotes() : words;
	}

	/** How a lesson numbers its blocks: its front matter over its project's, under its own number in the course if it has one. */
	private static NumberingSettings numberingOf(LessonSource source, CoursePlan plan, PageNumbers.PageNumber number) {
		Numbering numbering = source.numbering().over(plan.numbering());
		return number == null ? NumberingSettings.of(numbering) : number.settings(numbering);
	}

	private record Job(CoursePlan plan, LessonSource source, RenderReuse.Key key) {
	}

	/** A lesson rendered by this load, its formulas not typeset yet, with what rendering it found and read. */
	private record Fresh(Job job, RenderedLesson page, Problems found, LessonInputs inputs) {
	}
}
