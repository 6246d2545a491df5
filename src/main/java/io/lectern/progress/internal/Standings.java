package io.lectern.progress.internal;

import io.lectern.content.Course;
import io.lectern.content.Lesson;
import io.lectern.quiz.Quiz;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * Keeps each learner's {@link CourseStanding} in step with their progress rows. Whatever writes a
 * completion, visit or score calls {@link #refresh} in the same transaction, so a standing is never
 * out of date once that commits. At start-up, a course whose lessons or quizzes changed (or that
 * has no standings yet) has every standing worked out again from the progress rows.
 */
@Service
class Standings {

	private static final Logger log = LoggerFactory.getLogger(Standings.class);

	private final CourseQuizzes courses;
	private final StandingRepository standings;
	private final StandingBasisRepository bases;
	private final VisitRepository visits;
	private final CompletionRepository completions;
	private final ScoreRepository scores;
	private final EntityManager entities;
	private final OwnTransaction ownTransaction;

	Standings(CourseQuizzes courses, StandingRepository standings, StandingBasisRepository bases, VisitRepository visits,
			CompletionRepository completions, ScoreRepository scores, EntityManager entities,
			OwnTransaction ownTransaction) {
		this.courses = courses;
		this.standings = standings;
		this.bases = bases;
		this.visits = visits;
		this.completions = completions;
		this.scores = scores;
		this.entities = entities;
		this.ownTransaction = ownTransaction;
	}

	/**
	 * Works out a learner's standing in a course again, in the caller's transaction. The standing is
	 * locked before the rows it is made from are read: another transaction changing the learner's
	 * progress in the course waits until this one commits, and then sees its rows. (When there is
	 * no standing yet, two transactions that both insert one clash, and the caller runs again.)
	 */
	void refresh(String learner, Course course) {
		Optional<CourseStanding> kept = Optional.ofNullable(entities.find(CourseStanding.class,
				new CourseStanding.Key(learner, course.slug()), LockModeType.PESSIMISTIC_WRITE));
		CourseStanding standing = kept.orElseGet(() -> new CourseStanding(learner, course.slug()));
		standing.clear();
		visits.findById(new LessonVisit.Key(learner, course.slug())).ifPresent(visit -> standing.visited(visit.visitedAt()));
		List<String> lessons = lessonsOf(course);
		if (!lessons.isEmpty()) {
			completions.tallyOf(learner, course.slug(), lessons).ifPresent(standing::completed);
		}
		List<String> quizzes = quizzesOf(course);
		List<ScoreRepository.QuizTally> attempted = quizzes.isEmpty() ? List.of()
				: scores.tallyOf(learner).stream().filter(quiz -> quizzes.contains(quiz.quizId())).toList();
		if (!attempted.isEmpty()) {
			standing.graded(new LearnerTally(learner, attempted.stream().filter(quiz -> quiz.passes() > 0).count(),
					attempted.stream().map(ScoreRepository.QuizTally::latest).max(Instant::compareTo).orElseThrow()));
		}
		if (!standing.started()) {
			kept.ifPresent(standings::delete);
		}
		else if (kept.isEmpty()) {
			entities.persist(standing);
		}
	}

	/** The same for every course that counts the quiz. */
	void refresh(String learner, Quiz quiz) {
		coursesCounting(quiz).forEach(course -> refresh(learner, course));
	}

	/**
	 * Locks the learner's standing in every course that counts the quiz, for the rest of the
	 * caller's transaction, inserting it first (as active at {@code at}) where there is none, so that
	 * there is always a row to lock: a learner's transactions that take it one after the other
	 * instead of clashing over the rows they both change.
	 */
	void hold(String learner, Quiz quiz, Instant at) {
		for (Course course : coursesCounting(quiz)) {
			CourseStanding.Key key = new CourseStanding.Key(learner, course.slug());
			if (entities.find(CourseStanding.class, key, LockModeType.PESSIMISTIC_WRITE) == null) {
				ownTransaction.once(() -> {
					CourseStanding started = new CourseStanding(learner, course.slug());
					started.visited(at);
					entities.persist(started);
					entities.flush();
					return true;
				});
				entities.find(CourseStanding.class, key, LockModeType.PESSIMISTIC_WRITE);
			}
		}
	}

	/**
	 * Moves the learner's last active time on, in every course that counts the quiz, when nothing
	 * else in their standing changed. The standings must be {@link #hold held}.
	 */
	void activeAt(String learner, Quiz quiz, Instant at) {
		for (Course course : coursesCounting(quiz)) {
			CourseStanding held = entities.find(CourseStanding.class, new CourseStanding.Key(learner, course.slug()),
					LockModeType.PESSIMISTIC_WRITE);
			if (held != null) {
				held.activeAt(at);
			}
		}
	}

	/** The courses whose standings count the quiz: those of the lessons it belongs to. */
	List<Course> coursesCounting(Quiz quiz) {
		return courses.lessonsOf(quiz)
			.stream()
			.map(Lesson::courseSlug)
			.distinct()
			.flatMap(slug -> courses.course(slug).stream())
			.toList();
	}

	@EventListener(ApplicationReadyEvent.class)
	void catchUp() {
		for (Course course : courses.courses()) {
			String digest = digest(course);
			boolean current = bases.findById(course.slug()).map(basis -> basis.stepsDigest().equals(digest)).orElse(false);
			if (!current) {
				try {
					ownTransaction.retrying(() -> rebuild(course, digest));
				}
				catch (RuntimeException ex) {
					// The portal works without it; the cohort report of this course shows old figures
					// until a later start manages it.
					log.error("Could not work out the standings of course {}", course.slug(), ex);
				}
			}
		}
	}

	/**
	 * Works out every standing in a course from the progress rows, grouped by learner. The old
	 * standings are deleted first, so that a learner's refresh running meanwhile waits for this
	 * transaction and then clashes with it, instead of being overwritten.
	 */
	private void rebuild(Course course, String digest) {
		standings.deleteByCourseSlug(course.slug());
		Map<String, CourseStanding> byLearner = new HashMap<>();
		Function<String, CourseStanding> of = learner -> byLearner.computeIfAbsent(learner,
				any -> new CourseStanding(learner, course.slug()));
		visits.tallyOfCourse(course.slug()).forEach(visit -> of.apply(visit.learner()).visited(visit.latest()));
		List<String> lessons = lessonsOf(course);
		if (!lessons.isEmpty()) {
			completions.tallyOfCourse(course.slug(), lessons).forEach(done -> of.apply(done.learner()).completed(done));
		}
		List<String> quizzes = quizzesOf(course);
		if (!quizzes.isEmpty()) {
			scores.tallyOfQuizzes(quizzes).forEach(graded -> of.apply(graded.learner()).graded(graded));
		}
		byLearner.values().forEach(entities::persist);
		bases.findById(course.slug())
			.ifPresentOrElse(basis -> basis.change(digest), () -> entities.persist(new StandingBasis(course.slug(), digest)));
		log.info("Worked out the standings of {} learners in course {}", byLearner.size(), course.slug());
	}

	private static List<String> lessonsOf(Course course) {
		return course.lessons().stream().map(Lesson::source).toList();
	}

	private List<String> quizzesOf(Course course) {
		return courses.of(course).stream().map(Quiz::id).toList();
	}

	/** What a course's standings count: its lessons and its quizzes, each in order. */
	private String digest(Course course) {
		String steps = String.join("\n", lessonsOf(course)) + "\n\n" + String.join("\n", quizzesOf(course));
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(steps.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException everyJavaHasIt) {
			throw new IllegalStateException(everyJavaHasIt);
		}
	}
}
