package io.lectern.progress.internal.dashboard;

import io.lectern.content.Course;
import io.lectern.content.Lesson;
import io.lectern.quiz.Quiz;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How far a learner is in a course. Progress counts two kinds of step: each lesson of the course
 * (done once completed) and each quiz that belongs to one of its lessons (done once passed). The
 * percentage is the steps done over all steps, rounded down, so 100% means everything is done.
 *
 * @param completedAt when the learner first had every step done; empty until then
 * @param next what to do next: the first lesson not yet completed, in course order from the one
 *     read last (then from the start), then the first quiz not yet passed; empty when all is done
 * @param resume the lesson the learner read last in this course
 */
public record CourseProgress(Course course, Map<String, Instant> completedLessons, int lessonsCompleted, int lessons,
		int quizzesPassed, int quizzes, Optional<Instant> completedAt, Optional<Step> next, Optional<Lesson> resume) {

	public CourseProgress {
		completedLessons = Map.copyOf(completedLessons);
	}

	/** Something to do in the course: read a lesson or pass a quiz. */
	public record Step(String kind, String title, String url) {
	}

	/**
	 * @param completedLessons when the learner completed each lesson they completed, by source
	 * @param passedQuizzes ids of the quizzes the learner passed
	 */
	static CourseProgress of(Course course, List<Quiz> quizzes, Map<String, Instant> completedLessons,
			Set<String> passedQuizzes,
			Optional<Instant> completedAt, Optional<Lesson> resume) {
		List<Lesson> lessons = course.lessons();
		int lessonsDone = (int) lessons.stream().filter(lesson -> completedLessons.containsKey(lesson.source())).count();
		int quizzesDone = (int) quizzes.stream().filter(quiz -> passedQuizzes.contains(quiz.id().value())).count();
		// Reading goes on from where the learner is: the first lesson not yet completed from the one
		// they read last, and only then any they skipped earlier.
		int from = resume.map(lessons::indexOf).filter(index -> index >= 0).orElse(0);
		Optional<Step> next = java.util.stream.Stream.concat(lessons.subList(from, lessons.size()).stream(),
				lessons.subList(0, from).stream())
			.filter(lesson -> !completedLessons.containsKey(lesson.source()))
			.findFirst()
			.map(lesson -> new Step("progress.step.read", lesson.title(), lesson.url()))
			.or(() -> quizzes.stream()
				.filter(quiz -> !passedQuizzes.contains(quiz.id().value()))
				.findFirst()
				.map(quiz -> new Step("progress.step.passQuiz", quiz.title(), quiz.url())));
		return new CourseProgress(course, completedLessons, lessonsDone, lessons.size(), quizzesDone, quizzes.size(), completedAt, next,
				resume);
	}

	public int percent() {
		return percent(lessonsCompleted + quizzesPassed, lessons + quizzes);
	}

	/** Steps done over all steps, rounded down; the cohort report counts the same way. */
	public static int percent(int done, int steps) {
		return steps == 0 ? 0 : 100 * done / steps;
	}

	public boolean complete() {
		return lessonsCompleted == lessons && quizzesPassed == quizzes;
	}

	/** The lesson to resume, unless it is completed already (then "next" says where to go). */
	public Optional<Lesson> resumable() {
		return resume.filter(lesson -> !completedLessons.containsKey(lesson.source()));
	}

	/** The next step, unless it is the lesson to resume. */
	public Optional<Step> nextAfterResume() {
		return next.filter(step -> resumable().map(lesson -> !lesson.url().equals(step.url())).orElse(true));
	}

	public boolean started() {
		return lessonsCompleted + quizzesPassed > 0 || resume.isPresent();
	}
}
