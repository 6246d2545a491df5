package io.lectern.content.internal;

import io.lectern.authoring.ContentProblem;
import io.lectern.authoring.CourseSlug;
import io.lectern.authoring.ProblemBoard;
import io.lectern.content.Catalog;
import io.lectern.content.CoursesReloaded;
import io.lectern.content.internal.load.CatalogLoader;
import io.lectern.content.internal.load.Reloaded;
import io.lectern.content.internal.load.ContentTree;
import io.lectern.content.internal.search.BackgroundSearch;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;

/**
 * Loads again the courses whose files changed and swaps them into the catalog: checked, rendered,
 * indexed for search, their problems listed, and {@link CoursesReloaded} announced so that the other
 * modules work out again what they derive from courses. One reload at a time.
 */
final class ContentReloads {

	private static final Logger log = LoggerFactory.getLogger(ContentReloads.class);

	/** The problems page lists the content load's problems under this name. */
	static final String SOURCE = "content";

	private final Catalog catalog;
	private final Supplier<CatalogLoader> loaders;
	private final ProblemBoard board;
	private final BackgroundTypesetting typesetting;
	private final BackgroundSearch search;
	private final ApplicationEventPublisher events;
	private List<ProblemBoard.Listed> listed;

	ContentReloads(Catalog catalog, Supplier<CatalogLoader> loaders, ProblemBoard board, BackgroundTypesetting typesetting,
			BackgroundSearch search, ApplicationEventPublisher events) {
		this.catalog = catalog;
		this.loaders = loaders;
		this.board = board;
		this.typesetting = typesetting;
		this.search = search;
		this.events = events;
		this.listed = board.listedBy(SOURCE);
	}

	/**
	 * @param changed the files changed since the last load, relative to the content folder
	 * @return the courses loaded again, or that the change was refused
	 */
	Result reload(ContentTree tree, Set<String> changed) {
		return reload(tree, changed, ContentProblem.error(changed.stream().sorted().findFirst().orElse(""), 1,
				"problem.reload.noLesson"));
	}

	/**
	 * @param refusal the problem listed when the changed content has no lesson left and is refused
	 */
	synchronized Result reload(ContentTree tree, Set<String> changed, ContentProblem refusal) {
		long started = System.nanoTime();
		Reloaded reloaded = loaders.get().reload(tree, catalog, changed);
		long loadedAt = System.nanoTime();
		Catalog loaded = reloaded.result().catalog();
		List<ContentProblem> problems = reloaded.result().problems();
		List<ProblemBoard.Listed> now = new ArrayList<>(listed.stream()
			.filter(each -> reloaded.keeps(each.problem().file()))
			.toList());
		problems.forEach(problem -> now.add(new ProblemBoard.Listed(problem, outcome(problem, reloaded),
				loaded.lessonFrom(problem.file()).map(lesson -> new ProblemBoard.Affected(lesson.title(), lesson.url())))));
		if (loaded.lessonCount() == 0 && !catalog.courses().isEmpty()) {
			// A half-finished checkout or a folder emptied by mistake: what was served goes on being served.
			log.warn("Content reload refused: no lesson left after changes to {}", changed);
			return refuse(refusal);
		}
		catalog.replaceWith(loaded);
		publish(now);
		problems.forEach(problem -> log.warn("Content {}", problem));
		typesetting.loaded(catalog);
		typesetting.forget(file -> !reloaded.keeps(file));
		typesetting.typeset(reloaded.courseSlugs().stream().flatMap(slug -> catalog.course(CourseSlug.of(slug)).stream()).toList());
		search.reindex();
		long swappedAt = System.nanoTime();
		events.publishEvent(new CoursesReloaded(reloaded.courseSlugs().stream().map(CourseSlug::of).toList()));
		log.debug("Reload steps: load {} ms, swap, problems, typesetting and search {} ms, the other modules' work {} ms",
				(loadedAt - started) / 1_000_000, (swappedAt - loadedAt) / 1_000_000, (System.nanoTime() - swappedAt) / 1_000_000);
		log.info("Reloaded course(s) {} after {} changed file(s) in {} ms, rendering {} lesson(s) again", reloaded.courseSlugs(),
				changed.size(), (System.nanoTime() - started) / 1_000_000, reloaded.rendered().size());
		return new Result(reloaded.courseSlugs(), false);
	}

	/**
	 * @param courses the courses loaded again, added or gone
	 * @param refused whether the change was refused because it left no lesson, and nothing was swapped in
	 */
	record Result(List<String> courses, boolean refused) {
	}

	/** Lists {@code refusal} and goes on serving the courses as they were. */
	synchronized Result refuse(ContentProblem refusal) {
		List<ProblemBoard.Listed> now = new ArrayList<>(listed);
		now.removeIf(each -> each.problem().equals(refusal));
		now.add(new ProblemBoard.Listed(refusal, ProblemBoard.Outcome.LAST_GOOD_KEPT, Optional.empty()));
		publish(now);
		return new Result(List.of(), true);
	}

	private void publish(List<ProblemBoard.Listed> now) {
		listed = List.copyOf(now);
		board.publish(SOURCE, listed);
	}

	private static ProblemBoard.Outcome outcome(ContentProblem problem, Reloaded reloaded) {
		if (!problem.isError()) {
			return ProblemBoard.Outcome.SHOWN;
		}
		return reloaded.lastGood().contains(problem.file()) ? ProblemBoard.Outcome.LAST_GOOD_KEPT : ProblemBoard.Outcome.LEFT_OUT;
	}
}
