package io.lectern.content.internal;

import io.lectern.content.AfterFirstPage;
import io.lectern.authoring.ContentProblem;
import io.lectern.authoring.ProblemBoard;
import io.lectern.content.Catalog;
import io.lectern.content.Course;
import io.lectern.content.Lesson;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;

/**
 * Completes, once the portal has served its first page (or a while after it started, see
 * {@code io.lectern.AfterFirstPage}), the lessons whose formulas the content load left to typeset: one thread, in course order, so that a learner's request keeps the other core and finds
 * most lessons ready. Not before: on a small machine it would take the cores start-up needs. A lesson asked for before the thread reaches it is typeset by its request (see
 * {@link io.lectern.content.LessonBody}). Formulas that do not parse are reported as they are found,
 * in the log and on the problems page.
 */
final class BackgroundTypesetting {

	private static final Logger log = LoggerFactory.getLogger(BackgroundTypesetting.class);

	/** The problems page lists these apart from the load's, which the content module replaces as a whole. */
	static final String SOURCE = "formulas";

	private final ProblemBoard board;
	private final AfterFirstPage afterFirstPage;
	private final AtomicReference<Catalog> catalog = new AtomicReference<>();
	private final List<ContentProblem> found = new ArrayList<>();

	BackgroundTypesetting(ProblemBoard board, AfterFirstPage afterFirstPage) {
		this.board = board;
		this.afterFirstPage = afterFirstPage;
	}

	/** Where the loader reports a formula that does not parse, from whichever thread typeset it. */
	void report(ContentProblem problem) {
		log.warn("Content {}", problem);
		List<ContentProblem> all;
		synchronized (found) {
			found.add(problem);
			all = List.copyOf(found);
		}
		publish(all);
	}

	/** Forgets what was found in the files a reload rendered again: their formulas are typeset, and reported, anew. */
	void forget(Predicate<String> reloadedFile) {
		List<ContentProblem> all;
		synchronized (found) {
			found.removeIf(problem -> reloadedFile.test(problem.file()));
			all = List.copyOf(found);
		}
		publish(all);
	}

	private void publish(List<ContentProblem> all) {
		Optional<Catalog> loaded = Optional.ofNullable(catalog.get());
		board.publish(SOURCE, all.stream()
			.map(each -> ProblemBoard.Listed.atStartUp(each, loaded.flatMap(c -> c.lessonFrom(each.file()))
				.map(lesson -> new ProblemBoard.Affected(lesson.title(), lesson.url()))))
			.toList());
	}

	/** What the content load left: typeset once the portal is up. Again after a reload, for the lessons problems name. */
	void loaded(Catalog loaded) {
		catalog.set(loaded);
	}

	@EventListener(ApplicationReadyEvent.class)
	void start() {
		afterFirstPage.execute(() -> {
			Catalog loaded = catalog.get();
			if (loaded != null) {
				typeset(loaded.courses());
			}
		});
	}

	/** Typesets the formulas left in these courses' lessons, on a thread of its own: those of a reloaded course, say. */
	void typeset(List<Course> courses) {
		List<Lesson> waiting = courses.stream()
			.flatMap(course -> course.lessons().stream())
			.filter(lesson -> !lesson.body().isComplete())
			.toList();
		if (waiting.isEmpty()) {
			return;
		}
		Thread thread = new Thread(() -> typesetAll(waiting), "lectern-typesetting");
		thread.setDaemon(true);
		thread.setPriority(Thread.MIN_PRIORITY);
		thread.start();
	}

	private static void typesetAll(List<Lesson> waiting) {
		long started = System.nanoTime();
		try {
			waiting.forEach(Lesson::html);
			log.info("Typeset the formulas of {} lesson(s) in {} ms", waiting.size(), (System.nanoTime() - started) / 1_000_000);
		}
		catch (RuntimeException ex) {
			// Each lesson left is still typeset by the first request for it, which then shows the failure.
			log.error("Typesetting formulas in the background stopped", ex);
		}
	}
}
