package io.lectern.progress.internal.completion;

import io.lectern.accounts.LearnerId;
import io.lectern.content.Course;
import io.lectern.progress.CourseCompleted;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Keeps the date a learner first had everything in a course done. Reached one way only: the
 * learner's standing in the course, which counts every step, finds them all done.
 */
@Service
public class CourseCompletions {

	private final CourseCompletionRepository done;
	private final EntityManager entities;
	private final ApplicationEventPublisher events;

	CourseCompletions(CourseCompletionRepository done, EntityManager entities, ApplicationEventPublisher events) {
		this.done = done;
		this.entities = entities;
		this.events = events;
	}

	/**
	 * Records the course as complete at {@code at} unless it was before, in the caller's
	 * transaction, which holds the learner's standing in the course: no other one gets here at once.
	 * The first time, {@link CourseCompleted} goes out with it.
	 */
	public void reached(LearnerId learner, Course course, Instant at) {
		if (!done.existsById(new CourseCompletion.Key(learner, course.slug().value()))) {
			entities.persist(new CourseCompletion(learner, course.slug().value(), at));
			events.publishEvent(new CourseCompleted(learner, course.slug(), at));
		}
	}
}
