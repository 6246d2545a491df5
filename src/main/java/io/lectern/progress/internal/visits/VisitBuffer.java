package io.lectern.progress.internal.visits;

import io.lectern.accounts.LearnerId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Visits noted by page views and not yet written: one per learner and course, the latest, so that
 * a learner reading one lesson many times over, even in many requests at once, leaves one note. It
 * holds at most {@code capacity} notes: a view that would need one more is not noted (and counted),
 * so a flood of new learners between two writes cannot fill the heap. Views of a learner and course
 * already noted still replace their note.
 */
final class VisitBuffer {

	/** A learner's view of a lesson of a course, at a moment. */
	record Noted(LearnerId learner, String courseSlug, String lessonSource, Instant at) {

		LessonVisit.Key key() {
			return new LessonVisit.Key(learner, courseSlug);
		}
	}

	private final ConcurrentHashMap<LessonVisit.Key, Noted> noted = new ConcurrentHashMap<>();
	/** Kept beside the map, which counts its entries only approximately while they change. */
	private final AtomicInteger count = new AtomicInteger();
	private final AtomicLong refused = new AtomicLong();
	private final int capacity;

	VisitBuffer(int capacity) {
		if (capacity < 1) {
			throw new IllegalArgumentException("a visit buffer holds at least one visit, not " + capacity);
		}
		this.capacity = capacity;
	}

	/** Notes the view, replacing an earlier one of the same learner and course; false when full. */
	boolean note(Noted view) {
		boolean[] kept = { true };
		noted.compute(view.key(), (key, earlier) -> {
			if (earlier != null) {
				// Requests of one learner may finish out of order: the latest view is the one to resume.
				return view.at().isBefore(earlier.at()) ? earlier : view;
			}
			if (count.incrementAndGet() > capacity) {
				count.decrementAndGet();
				kept[0] = false;
				return null;
			}
			return view;
		});
		if (!kept[0]) {
			refused.incrementAndGet();
		}
		return kept[0];
	}

	/** Takes every note out, to be written; views noted meanwhile stay for the next time. */
	List<Noted> drain() {
		List<Noted> batch = new ArrayList<>();
		for (LessonVisit.Key key : noted.keySet()) {
			take(key).ifPresent(batch::add);
		}
		return batch;
	}

	/** Puts back notes that could not be written, unless the learner has read on since. */
	void putBack(List<Noted> unwritten) {
		for (Noted visit : unwritten) {
			noted.compute(visit.key(), (key, since) -> {
				if (since != null) {
					return since;
				}
				if (count.incrementAndGet() > capacity) {
					count.decrementAndGet();
					refused.incrementAndGet();
					return null;
				}
				return visit;
			});
		}
	}

	/** The learner's view of the course not written yet, if any. */
	Optional<Noted> pending(LearnerId learner, String courseSlug) {
		return Optional.ofNullable(noted.get(new LessonVisit.Key(learner, courseSlug)));
	}

	/** Drops the learner's notes. */
	void forget(LearnerId learner) {
		for (LessonVisit.Key key : noted.keySet()) {
			if (key.learner().equals(learner)) {
				take(key);
			}
		}
	}

	/** How many views were not noted since the last call, the buffer being full. */
	long takeRefused() {
		return refused.getAndSet(0);
	}

	int size() {
		return count.get();
	}

	private Optional<Noted> take(LessonVisit.Key key) {
		Noted taken = noted.remove(key);
		if (taken != null) {
			count.decrementAndGet();
		}
		return Optional.ofNullable(taken);
	}
}
