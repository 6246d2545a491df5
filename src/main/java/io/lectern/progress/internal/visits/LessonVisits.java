package io.lectern.progress.internal.visits;

import io.lectern.accounts.LearnerId;
import io.lectern.content.Course;
import io.lectern.content.Lesson;
import io.lectern.progress.internal.CourseQuizzes;
import io.lectern.progress.internal.OwnTransaction;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * The lesson each learner read last in each course, offered as "Resume". A page view only notes
 * the visit in memory ({@link VisitBuffer}): a GET writes nothing and waits for no lock. The notes
 * are written behind, in one transaction a second or so apart, and that transaction hands the
 * batch on as one {@link LessonsVisited}: the standings hear of a batch, not of each view. Until
 * then the learner's own pages see their notes, and a report writes them before it reads. What
 * is noted when the portal stops is written once the last requests are answered
 * ({@link VisitsWrittenAtShutdown}); a portal killed outright loses its last second or so of visits.
 */
@Service
public class LessonVisits {

	private static final Logger log = LoggerFactory.getLogger(LessonVisits.class);

	/** A visit to the same lesson is written again only after this long, for "last active". */
	private static final Duration VISIT_REFRESH = Duration.ofMinutes(10);

	private final VisitBuffer noted;
	private final VisitRepository visits;
	private final CourseQuizzes courses;
	private final EntityManager entities;
	private final ApplicationEventPublisher events;
	private final OwnTransaction ownTransaction;
	private final Clock clock;

	LessonVisits(VisitRepository visits, CourseQuizzes courses, EntityManager entities,
			ApplicationEventPublisher events, OwnTransaction ownTransaction, Clock clock,
			@Value("${lectern.progress.visits-buffered:10000}") int buffered) {
		this.noted = new VisitBuffer(buffered);
		this.visits = visits;
		this.courses = courses;
		this.entities = entities;
		this.events = events;
		this.ownTransaction = ownTransaction;
		this.clock = clock;
	}

	/** Notes that the learner is reading the lesson now. */
	public void record(LearnerId learner, Lesson lesson) {
		noted.note(new VisitBuffer.Noted(learner, lesson.courseSlug().value(), lesson.source(), clock.instant()));
	}

	/** The source of the lesson the learner read last in each course they read, by course slug. */
	public Map<String, String> readLast(LearnerId learner) {
		Map<String, String> lessons = new HashMap<>();
		visits.findByLearner(learner).forEach(visit -> lessons.put(visit.courseSlug(), visit.lessonSource()));
		for (Course course : courses.courses()) {
			noted.pending(learner, course.slug().value())
				.ifPresent(visit -> lessons.put(visit.courseSlug(), visit.lessonSource()));
		}
		return lessons;
	}

	/**
	 * Writes the visits noted so far, in one transaction, and hands them on. One batch at a time:
	 * a caller that must see every visit written (a report, forgetting a learner) waits for the
	 * batch being written.
	 */
	@Scheduled(fixedDelayString = "${lectern.progress.visits-written-every:PT1S}")
	public synchronized void handOn() {
		long refused = noted.takeRefused();
		if (refused > 0) {
			log.warn("{} lesson visits were not noted: {} were waiting to be written (lectern.progress.visits-buffered)",
					refused, noted.size());
		}
		List<VisitBuffer.Noted> batch = noted.drain();
		if (batch.isEmpty()) {
			return;
		}
		try {
			ownTransaction.retrying(() -> write(batch));
		}
		catch (RuntimeException ex) {
			noted.putBack(batch);
			log.warn("Could not write {} lesson visits; trying again with the next batch", batch.size(), ex);
		}
	}

	/** Drops the learner's visits not written yet, after the batch being written, if any. */
	public synchronized void forget(LearnerId learner) {
		noted.forget(learner);
	}

	private void write(List<VisitBuffer.Noted> batch) {
		Map<LessonVisit.Key, LessonVisit> kept = visits.findAllById(batch.stream().map(VisitBuffer.Noted::key).toList())
			.stream()
			.collect(Collectors.toMap(visit -> new LessonVisit.Key(visit.learner(), visit.courseSlug()),
					Function.identity()));
		List<LessonsVisited.Visit> written = new ArrayList<>();
		for (VisitBuffer.Noted visit : batch) {
			LessonVisit known = kept.get(visit.key());
			if (known == null) {
				entities.persist(new LessonVisit(visit.learner(), visit.courseSlug(), visit.lessonSource(), visit.at()));
			}
			else if (!known.lessonSource().equals(visit.lessonSource())
					|| known.visitedAt().plus(VISIT_REFRESH).isBefore(visit.at())) {
				known.moveTo(visit.lessonSource(), visit.at());
			}
			else {
				continue;
			}
			written.add(new LessonsVisited.Visit(visit.learner(), visit.courseSlug(), visit.at()));
		}
		entities.flush();
		if (!written.isEmpty()) {
			events.publishEvent(new LessonsVisited(written));
		}
	}
}
