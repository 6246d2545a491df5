package io.lectern.progress.internal;

import io.lectern.content.Lesson;
import io.lectern.progress.LessonCompleted;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/** Records lesson completions and visits, each at most once however many requests race. */
@Service
public class Completions {

	/** A visit to the same lesson is written again only after this long, for "last active". */
	private static final Duration VISIT_REFRESH = Duration.ofMinutes(10);

	private final CompletionRepository completions;
	private final VisitRepository visits;
	private final EntityManager entities;
	private final ApplicationEventPublisher events;
	private final OwnTransaction ownTransaction;
	private final Clock clock;

	Completions(CompletionRepository completions, VisitRepository visits, EntityManager entities,
			ApplicationEventPublisher events, OwnTransaction ownTransaction, Clock clock) {
		this.completions = completions;
		this.visits = visits;
		this.entities = entities;
		this.events = events;
		this.ownTransaction = ownTransaction;
		this.clock = clock;
	}

	/**
	 * Completes a lesson, once: later calls, concurrent or not, change nothing.
	 *
	 * @return whether this call completed it
	 */
	public boolean complete(String learner, Lesson lesson, LessonCompletion.By by) {
		Instant now = clock.instant();
		return ownTransaction.once(() -> {
			if (completions.existsById(new LessonCompletion.Key(learner, lesson.courseSlug(), lesson.source()))) {
				return false;
			}
			entities.persist(new LessonCompletion(learner, lesson.courseSlug(), lesson.source(), now, by));
			entities.flush();
			events.publishEvent(new LessonCompleted(learner, lesson.courseSlug(), lesson.source(), now,
					by == LessonCompletion.By.QUIZ));
			return true;
		});
	}

	/** Remembers the lesson as the one to resume in its course. */
	public void visit(String learner, Lesson lesson) {
		Instant now = clock.instant();
		// Two tabs opened at once may race to record the first visit: either lesson is a fine place to resume.
		ownTransaction.once(() -> {
			LessonVisit visit = visits.findById(new LessonVisit.Key(learner, lesson.courseSlug())).orElse(null);
			if (visit == null) {
				entities.persist(new LessonVisit(learner, lesson.courseSlug(), lesson.source(), now));
				entities.flush();
			}
			else if (!visit.lessonSource().equals(lesson.source()) || visit.visitedAt().plus(VISIT_REFRESH).isBefore(now)) {
				visit.moveTo(lesson.source(), now);
			}
			return true;
		});
	}
}
