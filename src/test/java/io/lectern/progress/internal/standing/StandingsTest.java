package io.lectern.progress.internal.standing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.lectern.accounts.LearnerId;
import io.lectern.authoring.CourseSlug;
import io.lectern.authoring.QuizId;
import io.lectern.content.Catalog;
import io.lectern.content.Course;
import io.lectern.content.CoursesReloaded;
import io.lectern.content.Lesson;
import io.lectern.progress.internal.CourseQuizzes;
import io.lectern.progress.internal.completion.CompletionRepository;
import io.lectern.progress.internal.completion.Completions;
import io.lectern.progress.internal.completion.LessonCompletion;
import io.lectern.progress.internal.mastery.GradedAnswers;
import io.lectern.progress.internal.scores.QuizScore;
import io.lectern.progress.internal.scores.ScoreRepository;
import io.lectern.progress.internal.visits.LessonVisit;
import io.lectern.progress.internal.visits.LessonVisits;
import io.lectern.progress.internal.visits.VisitRepository;
import io.lectern.quiz.GradedAttemptRecorder;
import io.lectern.quiz.QuizAttemptGraded.QuestionGraded;
import io.lectern.quiz.QuizAttemptGraded;
import io.lectern.quiz.QuizAttemptRecordingDeferred;
import io.lectern.web.PortalTest;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/** A learner's standing in a course, which the cohort report reads, always adds up to their progress rows. */
class StandingsTest extends PortalTest {

	static final String QUIZ = "shared-responsibility-check";

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	GradedAttemptRecorder recorder;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	Completions progress;

	@Autowired
	LessonVisits reading;

	@Autowired
	StandingsCatchUp catchUp;

	@Autowired
	StandingRepository kept;

	@Autowired
	StandingBasisRepository bases;

	@Autowired
	ScoreRepository scores;

	@Autowired
	CompletionRepository completions;

	@Autowired
	VisitRepository visits;

	@Autowired
	Catalog catalog;

	@Autowired
	CourseQuizzes courseQuizzes;

	@Autowired
	GradedAnswers results;

	@Test
	void passesButtonPressesAndVisitsOfOneLearnerAtOnceLeaveAStandingThatAddsUp() throws Exception {
		Course course = course();
		LearnerId learner = LearnerId.of(UUID.randomUUID().toString());
		CountDownLatch go = new CountDownLatch(1);
		List<CompletableFuture<Void>> writes = new ArrayList<>();
		for (int i = 1; i <= 4; i++) {
			int number = i;
			writes.add(CompletableFuture.runAsync(() -> {
				waitFor(go);
				// As after a submit whose own recording clashed with the button: recorded after it, run again until it fits.
				transactions.executeWithoutResult(status -> events.publishEvent(new QuizAttemptRecordingDeferred(
						new QuizAttemptGraded(UUID.randomUUID().toString(), QuizId.of(QUIZ), learner, number, 100, true,
								Instant.now(), List.of(new QuestionGraded("rds-patching", 1, List.of("shared-responsibility")))))));
			}));
		}
		for (Lesson lesson : course.lessons()) {
			writes.add(CompletableFuture.runAsync(() -> {
				waitFor(go);
				reading.record(learner, lesson);
				progress.complete(learner, lesson, LessonCompletion.By.LEARNER);
			}));
		}
		go.countDown();
		for (CompletableFuture<Void> write : writes) {
			write.get();
		}
		await().atMost(Duration.ofSeconds(20)).until(() -> scores.findByLearnerOrderByGradedAt(learner).size() == 4);

		CourseStanding standing = await().atMost(Duration.ofSeconds(20))
			.until(() -> kept.findById(new CourseStanding.Key(learner, course.slug().value())).orElse(null),
					found -> found != null && found.quizzesPassed() == 1);
		assertThat(standing.lessonsCompleted()).isEqualTo(course.lessons().size());
		assertThat(standing.stepsDone()).isEqualTo(course.lessons().size() + 1);
		assertThat(standing.lastActive()).isEqualTo(latestRowOf(learner));
	}

	@Test
	void onlyTheFirstPassChangesAStandingsFiguresAndEveryAttemptMovesItsLastActiveTimeOn() {
		Course course = course();
		LearnerId learner = LearnerId.of(UUID.randomUUID().toString());
		// Lessons a pass completes are completed as the pass is recorded: the attempts come after that.
		Instant start = Instant.now().truncatedTo(ChronoUnit.MILLIS);
		int quizLessons = courseQuizzes.lessonsOf(courseQuizzes.of(course).stream()
			.filter(quiz -> quiz.id().value().equals(QUIZ)).findFirst().orElseThrow()).size();

		CourseStanding failed = grade(learner, 1, false, start, course);
		assertThat(failed.quizzesPassed()).isZero();
		assertThat(failed.lessonsCompleted()).isZero();
		assertThat(failed.lastActive()).isEqualTo(start);

		CourseStanding passed = grade(learner, 2, true, start.plusSeconds(60), course);
		assertThat(passed.quizzesPassed()).isEqualTo(1);
		assertThat(passed.lessonsCompleted()).isEqualTo(quizLessons);
		assertThat(passed.stepsDone()).isEqualTo(quizLessons + 1);
		assertThat(passed.lastActive()).isAfterOrEqualTo(start.plusSeconds(60));

		CourseStanding failedAgain = grade(learner, 3, false, start.plusSeconds(120), course);
		CourseStanding passedAgain = grade(learner, 4, true, start.plusSeconds(180), course);
		for (CourseStanding later : List.of(failedAgain, passedAgain)) {
			assertThat(later.quizzesPassed()).isEqualTo(1);
			assertThat(later.stepsDone()).isEqualTo(quizLessons + 1);
		}
		assertThat(failedAgain.lastActive()).isEqualTo(start.plusSeconds(120));
		assertThat(passedAgain.lastActive()).isEqualTo(start.plusSeconds(180));
		// Each attempt's question results, written in one row beside the score.
		assertThat(results.of(learner)).extracting(GradedAnswers.Answered::answeredAt)
			.containsExactly(start, start.plusSeconds(60), start.plusSeconds(120), start.plusSeconds(180));
	}

	/** Records a graded attempt at the course's quiz as its submit does, and reads the standing. */
	private CourseStanding grade(LearnerId learner, int number, boolean passed, Instant at, Course course) {
		transactions.executeWithoutResult(status -> recorder.record(new QuizAttemptGraded(
				UUID.randomUUID().toString(), QuizId.of(QUIZ), learner, number, passed ? 100 : 20, passed, at,
				List.of(new QuestionGraded("rds-patching", passed ? 1 : 0, List.of("shared-responsibility"))))));
		// The standing changes in the same transaction as the score.
		assertThat(scores.findByLearnerOrderByGradedAt(learner)).hasSize(number);
		return kept.findById(new CourseStanding.Key(learner, course.slug().value())).orElseThrow();
	}

	@Test
	void aCourseWithoutABasisHasEveryStandingWorkedOutAgainFromTheProgressRows() {
		Course course = course();
		Lesson lesson = course.lessons().get(1);
		LearnerId learner = LearnerId.of(UUID.randomUUID().toString());
		Instant then = Instant.parse("2020-05-01T10:00:00Z");
		// Rows as an earlier version of Lectern left them, before there were standings.
		transactions.executeWithoutResult(status -> {
			visits.save(new LessonVisit(learner, course.slug().value(), lesson.source(), then));
			completions.save(new LessonCompletion(learner, course.slug().value(), lesson.source(), then.plusSeconds(60),
					LessonCompletion.By.LEARNER));
			completions.save(new LessonCompletion(learner, course.slug().value(), "no-longer-in-the-course.md", then,
					LessonCompletion.By.LEARNER));
			scores.save(new QuizScore(UUID.randomUUID().toString(), learner, QUIZ, 1, 90, true, then.plusSeconds(30)));
		});
		assertThat(kept.findById(new CourseStanding.Key(learner, course.slug().value()))).isEmpty();

		bases.deleteById(course.slug().value());
		catchUp.catchUp();

		CourseStanding standing = kept.findById(new CourseStanding.Key(learner, course.slug().value())).orElseThrow();
		assertThat(standing.lessonsCompleted()).isEqualTo(1);
		assertThat(standing.quizzesPassed()).isEqualTo(1);
		assertThat(standing.lastActive()).isEqualTo(then.plusSeconds(60));
		assertThat(bases.findById(course.slug().value())).isPresent();
	}

	@Test
	void aReloadThatLeftTheCoursesLessonsAndQuizzesAsTheyWereLeavesItsStandingsAlone() {
		Course course = course();
		bases.deleteById(course.slug().value());

		catchUp.on(new CoursesReloaded(List.of(course.slug())));

		assertThat(bases.findById(course.slug().value())).isEmpty();
		catchUp.catchUp();
		assertThat(bases.findById(course.slug().value())).isPresent();
	}

	private Instant latestRowOf(LearnerId learner) {
		List<Instant> moments = new ArrayList<>();
		completions.findByLearner(learner).forEach(completion -> moments.add(completion.completedAt()));
		visits.findByLearner(learner).forEach(visit -> moments.add(visit.visitedAt()));
		scores.findByLearnerOrderByGradedAt(learner).forEach(score -> moments.add(score.gradedAt()));
		// As the database keeps it: timestamps to the microsecond.
		return moments.stream().max(Instant::compareTo).orElseThrow().truncatedTo(ChronoUnit.MICROS);
	}

	private Course course() {
		return catalog.course(CourseSlug.of("aws-data-security")).orElseThrow();
	}

	private static void waitFor(CountDownLatch latch) {
		try {
			latch.await();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}
}
