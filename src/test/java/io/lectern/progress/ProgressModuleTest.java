package io.lectern.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.lectern.accounts.LearnerId;
import io.lectern.authoring.QuizId;
import io.lectern.progress.internal.standing.CourseStanding;
import io.lectern.progress.internal.standing.StandingRepository;
import io.lectern.quiz.GradedAttemptRecorder;
import io.lectern.quiz.QuestionViews;
import io.lectern.quiz.Quiz;
import io.lectern.quiz.QuizAttemptGraded.QuestionGraded;
import io.lectern.quiz.QuizAttemptGraded;
import io.lectern.quiz.QuizAttemptRecordingDeferred;
import io.lectern.quiz.Quizzes;
import io.lectern.quiz.grading.Response;
import io.lectern.quiz.internal.Attempts;
import io.lectern.web.BundledQuiz;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The progress module with the modules it uses, fed a graded attempt as the quiz module announces
 * it, and walked from an attempt's submit to the learner's standing.
 */
// Content asks for the problem board and draws diagrams through beans made in its own
// configuration, which Spring Modulith does not count as bean dependencies: both are named.
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES,
		extraIncludes = { "authoring", "diagrams" })
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:progress-module")
@Import({ ClassEntries.Recording.class, ProgressModuleTest.FailingRecorder.class })
class ProgressModuleTest {

	static final QuizId QUIZ = QuizId.of("shared-responsibility-check");

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	StandingRepository standings;

	@Autowired
	Attempts attempts;

	@Autowired
	Quizzes quizzes;

	@Autowired
	QuestionViews views;

	@Autowired
	ClassEntries entries;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aPassedAttemptCountsInTheLearnersStanding() {
		String learner = UUID.randomUUID().toString();

		transactions.executeWithoutResult(status -> events.publishEvent(new QuizAttemptRecordingDeferred(new QuizAttemptGraded(
				UUID.randomUUID().toString(), QuizId.of("shared-responsibility-check"), LearnerId.of(learner), 1, 100, true, Instant.now(),
				List.of(new QuestionGraded("rds-patching", 1, List.of("shared-responsibility")))))));

		CourseStanding standing = await().atMost(Duration.ofSeconds(20))
			.until(() -> standings.findById(new CourseStanding.Key(LearnerId.of(learner), "aws-data-security")).orElse(null),
					found -> found != null && found.quizzesPassed() == 1);
		assertThat(standing.lessonsCompleted()).isPositive();
	}

	/**
	 * Progress records a submit in the submit's own transaction. When another recorder fails in it,
	 * the submit is stored all the same, and progress records it after the commit, from the event
	 * that the registry keeps until it has.
	 */
	@Test
	void aSubmitWhoseRecordingFailedIsStoredAndRecordedAfterItsCommit() {
		LearnerId learner = LearnerId.of(FailingRecorder.FAILS_FOR + UUID.randomUUID().toString().substring(0, 30));
		String attempt = attempts.start(QUIZ, learner).attempt().publicId();

		Attempts.Submitted submitted = attempts.submit(QUIZ, attempt, learner, questions -> allRight(), Optional.empty());

		assertThat(submitted.result().passed()).isTrue();
		assertThat(attempts.find(QUIZ, attempt, learner).gradedAt()).isPresent();
		await().atMost(Duration.ofSeconds(30))
			.until(() -> standings.findById(new CourseStanding.Key(learner, "aws-data-security"))
				.filter(standing -> standing.quizzesPassed() == 1)
				.isPresent() && undelivered() == 0);
		assertThat(jdbc.queryForObject("select count(*) from quiz_score where attempt_id = ?", Integer.class, attempt))
			.isEqualTo(1);
	}

	/**
	 * A graded attempt goes from the submit through quiz's recorders to the progress rows and the
	 * standing, in the submit's transaction, without coming back: every class on the way is entered through one door (one
	 * calling class, or one event), and never again while it is still working. The lessons its pass
	 * completes are announced too, and the standing, which counted them already, is not entered again.
	 */
	@Test
	void theWalkOfAGradedAttemptFromTheSubmitToTheStandingEntersEachClassOnce() {
		LearnerId learner = LearnerId.of(UUID.randomUUID().toString());
		String attempt = attempts.start(QUIZ, learner).attempt().publicId();
		// Read as the attempt page's form would be, before the walk: that is the controller's work.
		Map<String, Response> allRight = allRight();

		entries.start();
		attempts.submit(QUIZ, attempt, learner, questions -> allRight, Optional.empty());
		await().atMost(Duration.ofSeconds(30))
			.until(() -> standings.findById(new CourseStanding.Key(learner, "aws-data-security"))
				.filter(standing -> standing.quizzesPassed() == 1)
				.isPresent() && !entries.busy() && undelivered() == 0);
		List<ClassEntries.Entry> walk = entries.stop();

		Map<String, Set<String>> doors = walk.stream()
			.collect(Collectors.groupingBy(ClassEntries.Entry::entered, TreeMap::new,
					Collectors.mapping(ClassEntries.Entry::door, Collectors.toCollection(TreeSet::new))));
		assertThat(doors).as("the classes the walk went through").containsKeys("Attempts", "Standings", "AttemptRecords",
				"Completions");
		assertThat(walk).as("entries into a class that was still working").noneMatch(ClassEntries.Entry::loop);
		// A class that calls on no other (a lookup such as CourseQuizzes) cannot lead the walk back
		// anywhere: any class may ask it. Every other class is one step of the walk, with one door.
		Set<String> callers = walk.stream().map(ClassEntries.Entry::door).collect(Collectors.toSet());
		Map<String, Set<String>> steps = new TreeMap<>(doors);
		steps.keySet().retainAll(callers);
		assertThat(steps).as("the steps of the walk, with their doors")
			.containsKeys("Standings", "AttemptRecords")
			.allSatisfy((step, through) -> assertThat(through).as(step).hasSize(1));
	}

	/** Every answer of the bundled quiz right, read as the attempt page's form sends them. */
	private Map<String, Response> allRight() {
		Quiz quiz = quizzes.quiz(QUIZ).orElseThrow();
		Map<String, String[]> form = form(BundledQuiz.ALL_RIGHT);
		return quiz.questions().stream()
			.collect(Collectors.toMap(question -> question.question().info().id(),
					question -> views.answer(quiz, question, form::get)));
	}

	/** A recorder of another module that fails for some learners, as a clash or a bug would. */
	static class FailingRecorder implements GradedAttemptRecorder {

		static final String FAILS_FOR = "fail-";

		@Override
		public void record(QuizAttemptGraded graded) {
			if (graded.learner().value().startsWith(FAILS_FOR)) {
				throw new IllegalStateException("this recorder fails for " + graded.learner().value());
			}
		}
	}

	/** Events published and not yet delivered to every listener, as the publication registry keeps them. */
	private int undelivered() {
		return jdbc.queryForObject("select count(*) from event_publication where completion_date is null", Integer.class);
	}

	/** A form's fields by name, from name and value pairs as a browser sends them. */
	private static Map<String, String[]> form(String... pairs) {
		Map<String, List<String>> fields = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			fields.computeIfAbsent(pairs[i], any -> new ArrayList<>()).add(pairs[i + 1]);
		}
		Map<String, String[]> form = new LinkedHashMap<>();
		fields.forEach((name, values) -> form.put(name, values.toArray(String[]::new)));
		return form;
	}
}
