package io.lectern.progress.internal.completion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.lectern.accounts.LearnerId;
import io.lectern.authoring.CourseSlug;
import io.lectern.content.Catalog;
import io.lectern.content.Course;
import io.lectern.content.Lesson;
import io.lectern.progress.internal.CourseQuizzes;
import io.lectern.progress.internal.review.ReviewSessionTest;
import io.lectern.quiz.GradedAttemptRecorder;
import io.lectern.quiz.Quiz;
import io.lectern.quiz.QuizAttemptGraded;
import io.lectern.web.Browser;
import io.lectern.web.PortalTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** A course is complete, with its date, once every lesson is completed and every quiz passed. */
class CourseCompletionTest extends PortalTest {

	@Autowired
	Catalog catalog;

	@Autowired
	CourseQuizzes courseQuizzes;

	@Autowired
	Completions completions;

	@Autowired
	CourseCompletionRepository done;

	@Autowired
	GradedAttemptRecorder recorder;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void theLastStepCompletesTheCourseOnceAndTheDashboardSaysSo() {
		Browser ana = Browser.newLearner(port);
		String learner = ReviewSessionTest.learnerOf(ana);
		Course course = catalog.course(CourseSlug.of("aws-data-security")).orElseThrow();
		for (Lesson lesson : course.lessons()) {
			completions.complete(LearnerId.of(learner), lesson, LessonCompletion.By.LEARNER);
		}
		List<Quiz> quizzes = courseQuizzes.of(course);
		for (Quiz quiz : quizzes.subList(0, quizzes.size() - 1)) {
			passed(learner, quiz);
		}
		await().atMost(Duration.ofSeconds(10))
			.until(() -> ana.get("/me").body().contains((quizzes.size() - 1) + " of " + quizzes.size() + " quizzes passed"));
		assertThat(done.findByLearner(LearnerId.of(learner))).isEmpty();

		passed(learner, quizzes.get(quizzes.size() - 1));

		await().atMost(Duration.ofSeconds(10)).until(() -> done.findByLearner(LearnerId.of(learner)).size() == 1);
		String dashboard = ana.get("/me").body();
		assertThat(dashboard).contains("Course complete: you finished it on", "100%", "Finished the course");
		passed(learner, quizzes.get(0));
		await().pollDelay(Duration.ofMillis(500)).atMost(Duration.ofSeconds(10))
			.until(() -> done.findByLearner(LearnerId.of(learner)).size() == 1);
	}

	private void passed(String learner, Quiz quiz) {
		transactions.executeWithoutResult(status -> recorder.record(new QuizAttemptGraded(UUID.randomUUID().toString(),
				quiz.id(), LearnerId.of(learner), 1, 100, true, Instant.now(), List.of())));
	}
}
