package io.lectern.progress.internal.completion;

import io.lectern.accounts.LearnerId;
import io.lectern.content.Lesson;
import io.lectern.progress.LessonCompleted;
import io.lectern.progress.internal.OwnTransaction;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Records lesson completions, each at most once however many requests race, and announces each
 * with {@link LessonCompleted}: the learner's standing and the course's completion follow from it.
 */
@Service
public class Completions {

	private final CompletionRepository completions;
	private final EntityManager entities;
	private final ApplicationEventPublisher events;
	private final OwnTransaction ownTransaction;
	private final Clock clock;

	Completions(CompletionRepository completions, EntityManager entities, ApplicationEventPublisher events,
			OwnTransaction ownTransaction, Clock clock) {
		this.completions = completions;
		this.entities = entities;
		this.events = events;
		this.ownTransaction = ownTransaction;
		this.clock = clock;
	}

	/**
	 * Completes a lesson, once: later calls, concurrent or not, change nothing. A concurrent call that
	 * commits first makes this one run again, and find the lesson completed.
	 *
	 * @return whether this call completed it
	 */
	public boolean complete(LearnerId learner, Lesson lesson, LessonCompletion.By by) {
		return ownTransaction.retrying(() -> completeWithin(learner, lesson, by));
	}

	/**
	 * Completes the lessons a passed quiz belongs to, in the caller's transaction, which must run
	 * again from the start when this fails: then a concurrent transaction completed one first.
	 *
	 * @return whether this pass completed any of them
	 */
	public boolean completeByPass(LearnerId learner, List<Lesson> lessons) {
		boolean any = false;
		for (Lesson lesson : lessons) {
			any |= completeWithin(learner, lesson, LessonCompletion.By.QUIZ);
		}
		return any;
	}

	private boolean completeWithin(LearnerId learner, Lesson lesson, LessonCompletion.By by) {
		if (completions.existsById(new LessonCompletion.Key(learner, lesson.courseSlug().value(), lesson.source()))) {
			return false;
		}
		var at = clock.instant();
		entities.persist(new LessonCompletion(learner, lesson.courseSlug().value(), lesson.source(), at, by));
		entities.flush();
		events.publishEvent(new LessonCompleted(learner, lesson.courseSlug(), lesson.source(), at,
				by == LessonCompletion.By.QUIZ));
		return true;
	}
}
