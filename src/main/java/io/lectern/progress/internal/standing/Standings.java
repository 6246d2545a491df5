package io.lectern.progress.internal.standing;

import io.lectern.accounts.LearnerId;
import io.lectern.content.Course;
import io.lectern.content.Lesson;
import io.lectern.progress.LessonCompleted;
import io.lectern.progress.internal.CourseQuizzes;
import io.lectern.progress.internal.OwnTransaction;
import io.lectern.progress.internal.completion.CourseCompletions;
import io.lectern.progress.internal.scores.AttemptRecords;
import io.lectern.progress.internal.visits.LessonsVisited;
import io.lectern.quiz.GradedAttemptRecorder;
import io.lectern.quiz.Quiz;
import io.lectern.quiz.QuizAttemptGraded;
import io.lectern.quiz.QuizAttemptRecordingDeferred;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The one writer of each learner's {@link CourseStanding}, which it keeps in step with their
 * progress from events alone: a graded attempt, a lesson completed, a batch of visits. A standing
 * found with every step done completes its course: the only way a course is completed.
 *
 * <p>A graded attempt is the walk that begins here, in its submit's own transaction (this is the
 * quiz module's {@link GradedAttemptRecorder}, through {@link SubmitRecorder}): the learner's standings in the quiz's courses are
 * held first, so that their other attempts recorded at the same moment wait for this one rather
 * than clash with it; then the attempt's own rows are kept; then the standings are worked out from
 * them. Only when that fails is the attempt recorded after the submit, from an event; one delivered
 * a second time (after a crash, say) finds its attempt kept already and changes nothing.
 *
 * <p>When a course's lessons or quizzes change, every standing in it is worked out again at once,
 * by {@link StandingsCatchUp}.
 */
@Service
public class Standings {

	private final CourseQuizzes courses;
	private final StandingTallies tallies;
	private final AttemptRecords attempts;
	private final CourseCompletions courseCompletions;
	private final EntityManager entities;
	private final OwnTransaction ownTransaction;
	private final StandingRows rows;

	Standings(CourseQuizzes courses, StandingTallies tallies, AttemptRecords attempts,
			CourseCompletions courseCompletions, EntityManager entities, OwnTransaction ownTransaction,
			StandingRows rows) {
		this.courses = courses;
		this.tallies = tallies;
		this.attempts = attempts;
		this.courseCompletions = courseCompletions;
		this.entities = entities;
		this.ownTransaction = ownTransaction;
		this.rows = rows;
	}

	/**
	 * Records a graded attempt in its submit's transaction, with nothing left to do after the
	 * commit. Flushed here, so that a clash with another transaction fails this call, which the
	 * quiz module answers by submitting again and deferring the recording to the listener below,
	 * rather than the submit's commit.
	 */
	public void record(QuizAttemptGraded graded) {
		walk(graded, true);
		entities.flush();
	}

	/**
	 * A graded attempt whose recording in its submit failed: after the commit, on its own thread,
	 * and again when another transaction got in its way. Succeeding marks the event's publication
	 * complete; failing five times leaves it for the registry to deliver again at the next start.
	 */
	@Async
	@TransactionalEventListener
	void on(QuizAttemptRecordingDeferred deferred) {
		ownTransaction.retrying(() -> walk(deferred.graded(), false));
	}

	/** @param inItsSubmit whether this is the submit's own transaction, so the attempt cannot have been kept before */
	private void walk(QuizAttemptGraded graded, boolean inItsSubmit) {
		Optional<Quiz> quiz = courses.quiz(graded.quizId().value());
		List<Course> counting = quiz.map(this::coursesCounting).orElse(List.of());
		List<CourseStanding> held = counting.stream()
			.map(course -> hold(graded.learner(), course, graded.gradedAt()))
			.toList();
		List<Lesson> lessons = quiz.map(courses::lessonsOf).orElse(List.of());
		(inItsSubmit ? Optional.of(attempts.keepNew(graded, lessons)) : attempts.keep(graded, lessons)).ifPresent(kept -> {
			if (kept.changesSteps()) {
				counting.forEach(course -> refresh(graded.learner(), course, graded.gradedAt()));
			}
			else {
				// A failed attempt, or another pass: only the last active time moves on. Working
				// the figures out again would read the learner's every score.
				held.forEach(standing -> standing.activeAt(graded.gradedAt()));
			}
		});
	}

	/**
	 * A lesson completed with the learner's button. One that a passed quiz completed is not even
	 * delivered here: that attempt's own walk worked the standing out already, and a graded attempt
	 * enters this class once. (The condition is read before the event is kept for delivery.)
	 */
	@Async
	@TransactionalEventListener(condition = "!#completed.byQuiz()")
	void on(LessonCompleted completed) {
		courses.course(completed.courseSlug().value())
			.ifPresent(course -> ownTransaction
				.retrying(() -> refresh(completed.learner(), course, completed.completedAt())));
	}

	/** In the transaction that wrote the visits: a learner's first visit starts their standing. */
	@EventListener
	void on(LessonsVisited visited) {
		for (LessonsVisited.Visit visit : visited.visits()) {
			courses.course(visit.courseSlug())
				.ifPresent(course -> hold(visit.learner(), course, visit.at()).activeAt(visit.at()));
		}
	}

	/**
	 * Works out a learner's standing in a course again, in the caller's transaction, and completes
	 * the course at {@code at} when every step is done. The standing is locked before the rows it
	 * is made from are read: another transaction changing the learner's progress in the course
	 * waits until this one commits, and then sees its rows. (When there is no standing yet, two
	 * transactions that both insert one clash, and the caller runs again.)
	 */
	public void refresh(LearnerId learner, Course course, Instant at) {
		Optional<CourseStanding> kept = Optional.ofNullable(entities.find(CourseStanding.class,
				new CourseStanding.Key(learner, course.slug().value()), LockModeType.PESSIMISTIC_WRITE));
		CourseStanding standing = kept.orElseGet(() -> new CourseStanding(learner, course.slug().value()));
		tallies.count(standing, course);
		if (!standing.started()) {
			kept.ifPresent(entities::remove);
			return;
		}
		if (kept.isEmpty()) {
			entities.persist(standing);
		}
		if (standing.stepsDone() == tallies.steps(course)) {
			courseCompletions.reached(learner, course, at);
		}
	}

	/**
	 * Locks the learner's standing in the course for the rest of the caller's transaction,
	 * inserting it first (as active at {@code at}, on the caller's own connection: {@link StandingRows})
	 * where there is none, so that there is always a row to lock: a learner's transactions take it
	 * one after the other instead of clashing over the rows they both change.
	 */
	private CourseStanding hold(LearnerId learner, Course course, Instant at) {
		CourseStanding.Key key = new CourseStanding.Key(learner, course.slug().value());
		CourseStanding held = entities.find(CourseStanding.class, key, LockModeType.PESSIMISTIC_WRITE);
		if (held != null) {
			return held;
		}
		rows.startIfAbsent(learner, course.slug().value(), at);
		return entities.find(CourseStanding.class, key, LockModeType.PESSIMISTIC_WRITE);
	}

	/** The courses whose standings count the quiz: those of the lessons it belongs to. */
	private List<Course> coursesCounting(Quiz quiz) {
		return courses.lessonsOf(quiz)
			.stream()
			.map(Lesson::courseSlug)
			.distinct()
			.flatMap(slug -> courses.course(slug.value()).stream())
			.toList();
	}
}
