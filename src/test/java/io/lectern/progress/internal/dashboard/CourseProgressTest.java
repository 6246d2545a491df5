package io.lectern.progress.internal.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.lectern.authoring.QuizId;
import io.lectern.content.Catalog;
import io.lectern.content.Course;
import io.lectern.content.Lesson;
import io.lectern.content.SampleCatalog;
import io.lectern.quiz.Quiz;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** How far a learner is: lessons completed plus quizzes passed, over both, rounded down; and what comes next. */
class CourseProgressTest {

	private static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");

	private final Course course = sampleCourse();

	private final List<Lesson> lessons = course.lessons();

	private final Quiz quiz = quiz("check", lessons.get(0).source());

	@Test
	void nothingDoneIsZeroAndStartsWithTheFirstLesson() {
		CourseProgress progress = CourseProgress.of(course, List.of(quiz), Map.of(), Set.of(), Optional.empty(),
				Optional.empty());

		assertThat(progress.percent()).isZero();
		assertThat(progress.started()).isFalse();
		assertThat(progress.next()).hasValueSatisfying(step -> assertThat(step.url()).isEqualTo(lessons.get(0).url()));
	}

	@Test
	void lessonsAndQuizzesCountAlikeAndThePercentIsRoundedDown() {
		int steps = lessons.size() + 1;

		CourseProgress progress = CourseProgress.of(course, List.of(quiz), Map.of(lessons.get(0).source(), NOW),
				Set.of(), Optional.empty(), Optional.empty());

		assertThat(progress.percent()).isEqualTo(100 / steps);
		assertThat(progress.lessonsCompleted()).isOne();
		CourseProgress passed = CourseProgress.of(course, List.of(quiz), Map.of(lessons.get(0).source(), NOW),
				Set.of("check"), Optional.empty(), Optional.empty());
		assertThat(passed.percent()).isEqualTo(200 / steps);
	}

	@Test
	void theNextLessonFollowsTheOneReadLastThenGoesBackForSkippedOnes() {
		Lesson last = lessons.get(lessons.size() - 1);
		CourseProgress fromTheLast = CourseProgress.of(course, List.of(quiz), Map.of(last.source(), NOW), Set.of(),
				Optional.empty(), Optional.of(last));

		assertThat(fromTheLast.resumable()).isEmpty();
		assertThat(fromTheLast.next()).hasValueSatisfying(step -> assertThat(step.url()).isEqualTo(lessons.get(0).url()));

		CourseProgress reading = CourseProgress.of(course, List.of(quiz), Map.of(), Set.of(), Optional.empty(),
				Optional.of(lessons.get(1)));
		assertThat(reading.resumable()).contains(lessons.get(1));
		assertThat(reading.nextAfterResume()).isEmpty();
	}

	@Test
	void afterEveryLessonTheNextStepIsTheQuizAndThenNothing() {
		Map<String, Instant> all = new java.util.HashMap<>();
		lessons.forEach(lesson -> all.put(lesson.source(), NOW));

		CourseProgress lessonsDone = CourseProgress.of(course, List.of(quiz), all, Set.of(), Optional.empty(),
				Optional.empty());
		CourseProgress everything = CourseProgress.of(course, List.of(quiz), all, Set.of("check"), Optional.of(NOW),
				Optional.empty());

		assertThat(lessonsDone.complete()).isFalse();
		assertThat(lessonsDone.next()).hasValueSatisfying(step -> assertThat(step.kind()).isEqualTo("progress.step.passQuiz"));
		assertThat(everything.complete()).isTrue();
		assertThat(everything.percent()).isEqualTo(100);
		assertThat(everything.next()).isEmpty();
	}

	private static Course sampleCourse() {
		Catalog catalog = SampleCatalog.create();
		return catalog.courses().stream().filter(course -> course.lessons().size() >= 3).findFirst().orElseThrow();
	}

	private static Quiz quiz(String id, String lesson) {
		return new Quiz(QuizId.of(id), "Check", lesson.replace(".md", ".quiz.yml"), List.of(lesson), 70, OptionalInt.empty(),
				Quiz.GradingMethod.HIGHEST, Optional.empty(), false, false, 0, io.lectern.quiz.ReviewOptions.ALL, false,
				List.of());
	}
}
