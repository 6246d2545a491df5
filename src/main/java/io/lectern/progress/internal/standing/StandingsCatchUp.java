package io.lectern.progress.internal.standing;

import io.lectern.content.AfterFirstPage;
import io.lectern.content.Course;
import io.lectern.content.CoursesReloaded;
import io.lectern.progress.internal.CourseQuizzes;
import io.lectern.progress.internal.OwnTransaction;
import io.lectern.progress.internal.moves.LessonMoves;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Service;

/**
 * Works out every standing of a course again when what counts in it changed: its lessons or
 * quizzes, at start-up or after a reload. {@link Standings} keeps one learner's standing in step
 * with their progress; this keeps a whole course's in step with its steps, a job of its own with
 * its own record (the {@link StandingBasis}, the digest of the steps the standings were counted
 * against), run course by course in transactions of its own.
 */
@Service
public class StandingsCatchUp {

	private static final Logger log = LoggerFactory.getLogger(StandingsCatchUp.class);

	private final CourseQuizzes courses;
	private final StandingTallies tallies;
	private final StandingRepository standings;
	private final StandingBasisRepository bases;
	private final EntityManager entities;
	private final OwnTransaction ownTransaction;
	private final LessonMoves moves;
	private final AfterFirstPage afterFirstPage;
	/** What each course's catch-up last ran against here, by course: a reload that changed none of it needs none. */
	private final Map<String, String> caughtUpWith = new ConcurrentHashMap<>();

	StandingsCatchUp(CourseQuizzes courses, StandingTallies tallies, StandingRepository standings,
			StandingBasisRepository bases, EntityManager entities, OwnTransaction ownTransaction, LessonMoves moves,
			AfterFirstPage afterFirstPage) {
		this.courses = courses;
		this.tallies = tallies;
		this.standings = standings;
		this.bases = bases;
		this.entities = entities;
		this.ownTransaction = ownTransaction;
		this.moves = moves;
		this.afterFirstPage = afterFirstPage;
	}

	/**
	 * At start-up, once the first page is served (its queries, a fresh database's above all, would
	 * take the cores from it), a course whose lessons or quizzes changed (or that has no standings
	 * yet) has every standing worked out again from the progress rows, once the rows of lessons
	 * whose file was renamed have moved with them.
	 */
	@EventListener(ApplicationReadyEvent.class)
	void atStartUp() {
		afterFirstPage.execute(this::catchUp);
	}

	/** The start-up's catch-up, on the caller's thread. */
	public void catchUp() {
		catchUp(courses.courses());
	}

	private void catchUp(List<Course> changed) {
		for (Course course : changed) {
			try {
				ownTransaction.retrying(() -> {
					moves.follow(course);
				});
			}
			catch (RuntimeException ex) {
				// Until a later reload or start manages it, a renamed lesson's learners miss its progress.
				log.error("Could not move the progress of renamed lessons of course {}", course.slug(), ex);
			}
			String digest = StandingBasis.digest(tallies.lessonsOf(course), tallies.quizzesOf(course));
			if (bases.findById(course.slug().value()).map(basis -> basis.stepsDigest().equals(digest)).orElse(false)) {
				caughtUpWith.put(course.slug().value(), shape(course));
				continue;
			}
			try {
				ownTransaction.retrying(() -> rebuild(course, digest));
				caughtUpWith.put(course.slug().value(), shape(course));
			}
			catch (RuntimeException ex) {
				// The portal works without it; the cohort report of this course shows old figures
				// until a later start manages it.
				log.error("Could not work out the standings of course {}", course.slug(), ex);
			}
		}
	}

	/**
	 * After courses reloaded (and their quizzes, which listen first), as at start-up: the standings
	 * of a course whose steps changed are worked out again. A reload that changed only the text of
	 * lessons, not which lessons and quizzes there are nor where each lesson's file is, changed
	 * nothing a standing counts, and costs no look at the database.
	 */
	@EventListener
	@Order(Ordered.LOWEST_PRECEDENCE)
	void on(CoursesReloaded reloaded) {
		courses.recount();
		catchUp(reloaded.courseSlugs().stream()
			.flatMap(slug -> courses.course(slug.value()).stream())
			.filter(course -> !shape(course).equals(caughtUpWith.get(course.slug().value())))
			.toList());
	}

	/** What catching up reads of a course: its steps, and each lesson's identity, file and old addresses. */
	private String shape(Course course) {
		List<String> lessons = new ArrayList<>(tallies.lessonsOf(course));
		course.pages().forEach(lesson -> lessons.add(lesson.identity() + " " + lesson.source() + " " + lesson.redirectFrom()));
		return StandingBasis.digest(lessons, tallies.quizzesOf(course));
	}

	/**
	 * The old standings are deleted first, so that a learner's refresh running meanwhile waits for
	 * this transaction and then clashes with it, instead of being overwritten.
	 */
	private void rebuild(Course course, String digest) {
		standings.deleteByCourseSlug(course.slug().value());
		var byLearner = tallies.countAll(course);
		byLearner.values().forEach(entities::persist);
		bases.findById(course.slug().value())
			.ifPresentOrElse(basis -> basis.change(digest), () -> entities.persist(new StandingBasis(course.slug().value(), digest)));
		log.info("Worked out the standings of {} learners in course {}", byLearner.size(), course.slug());
	}
}
