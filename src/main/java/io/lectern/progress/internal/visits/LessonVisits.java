package io.lectern.progress.internal.visits;

import io.lectern.accounts.LearnerId;
import io.lectern.content.Lesson;
import io.lectern.progress.internal.OwnTransaction;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * The lesson each learner read last in each course, offered as "Resume". A page view only notes
 * the visit in memory; the notes are written in batches, a few seconds apart, and handed on as
 * {@link LessonsVisited} in the same transaction, so that reading lessons costs no write per page.
 * Until then the learner's own pages see their notes, and a report hands them on before it reads.
 */
@Service
public class LessonVisits {

	private static final Logger log = LoggerFactory.getLogger(LessonVisits.class);

	/** A visit to the same lesson is written again only after this long, for "last active". */
	private static final Duration VISIT_REFRESH = Duration.ofMinutes(10);

	private record Noted(LearnerId learner, String courseSlug, String lessonSource, Instant at) {

		LessonVisit.Key key() {
			return new LessonVisit.Key(learner, courseSlug);
		}
	}

	private final Map<LessonVisit.Key, Noted> noted = new ConcurrentHashMap<>();
	private final VisitRepository visits;
	private final EntityManager entities;
	private final ApplicationEventPublisher events;
	private final OwnTransaction ownTransaction;
	private final Clock clock;

	LessonVisits(VisitRepository visits, EntityManager entities, ApplicationEventPublisher events,
			OwnTransaction ownTransaction, Clock clock) {
		this.visits = visits;
		this.entities = entities;
		this.events = events;
		this.ownTransaction = ownTransaction;
		this.clock = clock;
	}

	/** Notes that the learner is reading the lesson now. */
	public void record(LearnerId learner, Lesson lesson) {
		Noted visit = new Noted(learner, lesson.courseSlug().value(), lesson.source(), clock.instant());
		noted.put(visit.key(), visit);
	}

	/** The source of the lesson the learner read last in each course they read, by course slug. */
	public Map<String, String> readLast(LearnerId learner) {
		Map<String, String> lessons = new HashMap<>();
		visits.findByLearner(learner).forEach(visit -> lessons.put(visit.courseSlug(), visit.lessonSource()));
		noted.values()
			.stream()
			.filter(visit -> visit.learner().equals(learner))
			.forEach(visit -> lessons.put(visit.courseSlug(), visit.lessonSource()));
		return lessons;
	}

	/**
	 * Writes the visits noted so far, in one transaction, and hands them on. One batch at a time:
	 * a caller that must see every visit written (a report, forgetting a learner) waits for the
	 * batch being written.
	 */
	@Scheduled(fixedDelayString = "${lectern.progress.visits-written-every:PT5S}")
	public synchronized void handOn() {
		if (noted.isEmpty()) {
			return;
		}
		List<Noted> batch = new ArrayList<>();
		for (LessonVisit.Key key : List.copyOf(noted.keySet())) {
			Noted visit = noted.remove(key);
			if (visit != null) {
				batch.add(visit);
			}
		}
		try {
			ownTransaction.retrying(() -> write(batch));
		}
		catch (RuntimeException ex) {
			// Kept for the next batch, unless the learner has read on since.
			batch.forEach(visit -> noted.putIfAbsent(visit.key(), visit));
			log.warn("Could not write {} lesson visits; trying again with the next batch", batch.size(), ex);
		}
	}

	/** Drops the learner's visits not written yet, after the batch being written, if any. */
	public synchronized void forget(LearnerId learner) {
		noted.keySet().removeIf(key -> key.learner().equals(learner));
	}

	/** Whatever is noted when the portal stops is written, rather than lost. */
	@EventListener(ContextClosedEvent.class)
	void onClose() {
		handOn();
	}

	private void write(List<Noted> batch) {
		Map<LessonVisit.Key, LessonVisit> kept = visits.findAllById(batch.stream().map(Noted::key).toList())
			.stream()
			.collect(Collectors.toMap(visit -> new LessonVisit.Key(visit.learner(), visit.courseSlug()),
					Function.identity()));
		List<LessonsVisited.Visit> written = new ArrayList<>();
		for (Noted visit : batch) {
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
