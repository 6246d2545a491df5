package io.lectern.progress.internal;

import io.lectern.content.Lesson;
import io.lectern.progress.LessonCompleted;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Records lesson completions and visits, each at most once however many requests race, and the
 * learner's standing in the course with them.
 */
@Service
public class Completions {

	/** A visit to the same lesson is written again only after this long, for "last active". */
	private static final Duration VISIT_REFRESH = Duration.ofMinutes(10);

	private final CompletionRepository completions;
	private final VisitRepository visits;
	private final EntityManager entities;
	private final ApplicationEventPublisher events;
	private final OwnTransaction ownTransaction;
	private final Standings standings;
	private final CourseQuizzes catalog;
	private final Clock clock;

	Completions(CompletionRepository completions, VisitRepository visits, EntityManager entities,
			ApplicationEventPublisher events, OwnTransaction ownTransaction, Standings standings, CourseQuizzes catalog,
			Clock clock) {
		this.completions = completions;
		this.visits = visits;
		this.entities = entities;
		this.events = events;
		this.ownTransaction = ownTransaction;
		this.standings = standings;
		this.catalog = catalog;
		this.clock = clock;
	}

	/**
	 * Completes a lesson, once: later calls, concurrent or not, change nothing. A concurrent call that
	 * commits first makes this one run again, and find the lesson completed.
	 *
	 * @return whether this call completed it
	 */
	public boolean complete(String learner, Lesson lesson, LessonCompletion.By by) {
		return ownTransaction.retrying(() -> {
			boolean completed = completeWithin(learner, lesson, by);
			if (completed) {
				refresh(learner, lesson);
			}
			return completed;
		});
	}

	/**
	 * The same in the caller's transaction, which must run again from the start when this fails:
	 * then a concurrent transaction completed the lesson first. The caller works out the learner's
	 * standing afterwards, once for everything its transaction changed.
	 */
	boolean completeWithin(String learner, Lesson lesson, LessonCompletion.By by) {
		if (completions.existsById(new LessonCompletion.Key(learner, lesson.courseSlug(), lesson.source()))) {
			return false;
		}
		Instant now = clock.instant();
		entities.persist(new LessonCompletion(learner, lesson.courseSlug(), lesson.source(), now, by));
		entities.flush();
		events.publishEvent(new LessonCompleted(learner, lesson.courseSlug(), lesson.source(), now,
				by == LessonCompletion.By.QUIZ));
		return true;
	}

	/** Remembers the lesson as the one to resume in its course. */
	public void visit(String learner, Lesson lesson) {
		Instant now = clock.instant();
		// Two tabs opened at once may race to record the first visit: the one that loses runs again
		// and moves the visit to its lesson; either is a fine place to resume.
		ownTransaction.retrying(() -> {
			LessonVisit visit = visits.findById(new LessonVisit.Key(learner, lesson.courseSlug())).orElse(null);
			if (visit == null) {
				entities.persist(new LessonVisit(learner, lesson.courseSlug(), lesson.source(), now));
				entities.flush();
			}
			else if (!visit.lessonSource().equals(lesson.source()) || visit.visitedAt().plus(VISIT_REFRESH).isBefore(now)) {
				visit.moveTo(lesson.source(), now);
			}
			else {
				return;
			}
			refresh(learner, lesson);
		});
	}

	private void refresh(String learner, Lesson lesson) {
		catalog.course(lesson.courseSlug()).ifPresent(course -> standings.refresh(learner, course));
	}
}
