package io.lectern.quiz.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lectern.accounts.LearnerId;
import io.lectern.authoring.QuizId;
import io.lectern.quiz.Quiz;
import io.lectern.quiz.QuizAttemptGraded;
import io.lectern.quiz.Quizzes;
import io.lectern.quiz.grading.Response;
import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;

/** Attempts against the real database and migrations, with the bundled course's quiz. */
@SpringBootTest(properties = { "spring.datasource.url=jdbc:h2:mem:attempts;DB_CLOSE_DELAY=-1",
		"spring.jpa.properties.hibernate.generate_statistics=true" })
class AttemptsPersistenceTest {

	private static final String QUIZ = "shared-responsibility-check";

	/** Hears grading events from every thread, as the progress module will. */
	@TestConfiguration
	static class GradedEvents {

		final List<QuizAttemptGraded> heard = new CopyOnWriteArrayList<>();

		@EventListener
		void on(QuizAttemptGraded event) {
			heard.add(event);
		}
	}

	@Autowired
	GradedEvents events;

	@Autowired
	Attempts attempts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Quizzes quizzes;

	@Autowired
	EntityManagerFactory entities;

	/**
	 * The bench's seeder writes attempts with {@link AttemptColumns}: for the same learner, seed,
	 * answers and times, its columns hold what a learner's real submit stores.
	 */
	@Test
	void theColumnsASeederWritesHoldWhatASubmitStores() {
		LearnerId learner = LearnerId.of(UUID.randomUUID().toString());
		Map<String, Response> answers = Map.of("rds-patching", new Response.Choices(List.of("aws")), "lost-key",
				new Response.Text(" sse-c "));
		Attempt started = attempts.start(QuizId.of(QUIZ), learner).attempt();
		attempts.submit(QuizId.of(QUIZ), started.publicId(), learner, ids -> answers, Optional.empty());
		Attempt stored = attempts.find(QuizId.of(QUIZ), started.publicId(), learner);
		Quiz quiz = quizzes.quiz(QuizId.of(QUIZ)).orElseThrow();

		AttemptColumns.Submitted seeded = AttemptColumns.submit(quiz, QuizVersion.of(quiz), learner, stored.number(),
				stored.seed(), answers, stored.startedAt(), stored.gradedAt().orElseThrow());

		Map<String, Object> row = jdbc.queryForMap(
				"select questions, answers, grades, score, max_score, passed from quiz_attempt where public_id = ?",
				started.publicId());
		assertThat(row).containsEntry("QUESTIONS", seeded.questions())
			.containsEntry("SCORE", seeded.score())
			.containsEntry("MAX_SCORE", seeded.maxScore())
			.containsEntry("PASSED", seeded.passed());
		assertThat(AnswerSheet.answers(seeded.answers())).isEqualTo(AnswerSheet.answers((String) row.get("ANSWERS")));
		assertThat(AnswerSheet.grades(seeded.grades())).isEqualTo(AnswerSheet.grades((String) row.get("GRADES")));
		assertThat(jdbc.queryForObject("select definition from quiz_version where hash = ?", String.class,
				stored.quizVersion().orElseThrow())).isEqualTo(AttemptColumns.definition(QuizVersion.of(quiz)));
	}

	@Test
	void anAttemptIsStoredAnsweredSubmittedAndReadBackWithTheSameResult() {
		Attempt started = attempts.start(QuizId.of(QUIZ), LearnerId.of("ada")).attempt();
		attempts.save(QuizId.of(QUIZ), started.publicId(), LearnerId.of("ada"), ids -> Map.of("rds-patching", new Response.Choices(List.of("aws"))));

		GradedAttempt result = attempts.submit(QuizId.of(QUIZ), started.publicId(), LearnerId.of("ada"),
				ids -> Map.of("lost-key", new Response.Text(" sse-c "), "models-count", new Response.Text("3")), Optional.empty()).result();

		Attempt stored = attempts.find(QuizId.of(QUIZ), started.publicId(), LearnerId.of("ada"));
		assertThat(stored.state()).isEqualTo(Attempt.State.SUBMITTED);
		assertThat(stored.answer("lost-key")).contains(new Response.Text(" sse-c "));
		assertThat(result.score()).isEqualTo(3);
		assertThat(events.heard).filteredOn(event -> event.attemptId().equals(started.publicId()))
			.singleElement()
			.satisfies(event -> {
				assertThat(event.learner()).isEqualTo(LearnerId.of("ada"));
				assertThat(event.percent()).isEqualTo(result.percent());
				// Each question's share of its points, with its topics, is what mastery is made of.
				assertThat(event.questions()).flatExtracting(QuizAttemptGraded.QuestionGraded::topics)
					.contains("shared-responsibility", "encryption");
				assertThat(event.questions()).filteredOn(question -> question.questionId().equals("lost-key"))
					.singleElement()
					.satisfies(question -> assertThat(question.fraction()).isEqualTo(1.0));
			});
		assertThat(stored.fractions()).hasSize(13).containsEntry("lost-key", 1.0);
		// Answers and grades are kept in the attempt's own row, one JSON object each.
		assertThat(jdbc.queryForMap("select answers, grades from quiz_attempt where public_id = ?", started.publicId()))
			.hasEntrySatisfying("ANSWERS", answers -> assertThat(answers).asString().contains("\"lost-key\":\"T:+sse-c+\""))
			.hasEntrySatisfying("GRADES", grades -> assertThat(grades).asString().contains("\"lost-key\":1.0"));
	}

	@Test
	void anotherLearnersAttemptDoesNotExistForThem() {
		Attempt mine = attempts.start(QuizId.of(QUIZ), LearnerId.of("grace")).attempt();

		assertThatThrownBy(() -> attempts.find(QuizId.of(QUIZ), mine.publicId(), LearnerId.of("mallory"))).isInstanceOf(AttemptNotFound.class);
		assertThatThrownBy(() -> attempts.submit(QuizId.of(QUIZ), mine.publicId(), LearnerId.of("mallory"), ids -> Map.of(), Optional.empty())).isInstanceOf(AttemptNotFound.class);
		assertThatThrownBy(() -> attempts.save(QuizId.of(QUIZ), mine.publicId(), LearnerId.of("mallory"), ids -> Map.of("rds-patching", new Response.Blank())))
			.isInstanceOf(AttemptNotFound.class);
	}

	@Test
	void theQuizsThreeAttemptsAreAllALearnerGets() {
		for (int i = 0; i < 3; i++) {
			attempts.submit(QuizId.of(QUIZ), attempts.start(QuizId.of(QUIZ), LearnerId.of("linus")).attempt().publicId(), LearnerId.of("linus"), ids -> Map.of(), Optional.empty());
		}

		assertThatThrownBy(() -> attempts.start(QuizId.of(QUIZ), LearnerId.of("linus")).attempt()).isInstanceOf(AttemptRefused.class);
	}

	@Test
	void aLearnersStandingIsReadInOneQueryHoweverManyAttemptsTheyHave() {
		for (int i = 0; i < 3; i++) {
			Attempt attempt = attempts.start(QuizId.of(QUIZ), LearnerId.of("edsger")).attempt();
			attempts.submit(QuizId.of(QUIZ), attempt.publicId(), LearnerId.of("edsger"), ids -> Map.of("rds-patching", new Response.Choices(List.of("aws"))), Optional.empty());
		}
		Statistics statistics = entities.unwrap(SessionFactory.class).getStatistics();
		// Work that follows a commit on other threads (the certificates' listener, say) is counted
		// here too: the least count of a few reads is the read's own.
		long least = Long.MAX_VALUE;
		Standing standing = null;
		for (int i = 0; i < 20 && least > 1; i++) {
			statistics.clear();
			standing = attempts.standing(quizzes.quiz(QuizId.of(QUIZ)).orElseThrow(), LearnerId.of("edsger"));
			least = Math.min(least, statistics.getPrepareStatementCount());
		}

		assertThat(standing.submitted()).hasSize(3);
		assertThat(standing.resultPercent()).isPresent();
		assertThat(least).isEqualTo(1);
	}

	@Test
	void startingAgainWhileAnAttemptIsOpenResumesItInsteadOfUsingUpAnother() {
		Attempt first = attempts.start(QuizId.of(QUIZ), LearnerId.of("grace")).attempt();
		Attempt again = attempts.start(QuizId.of(QUIZ), LearnerId.of("grace")).attempt();

		assertThat(again.publicId()).isEqualTo(first.publicId());
		assertThat(attempts.standing(quizzes.quiz(QuizId.of(QUIZ)).orElseThrow(), LearnerId.of("grace")).attemptsLeft()).hasValue(2);
	}

	@Test
	void aStartAfterSubmittedAttemptsTakesTheNextNumberAndAStartAfterThatResumesIt() {
		for (int i = 0; i < 2; i++) {
			attempts.submit(QuizId.of(QUIZ), attempts.start(QuizId.of(QUIZ), LearnerId.of("ada")).attempt().publicId(),
					LearnerId.of("ada"), ids -> Map.of(), Optional.empty());
		}

		Attempts.Started third = attempts.start(QuizId.of(QUIZ), LearnerId.of("ada"));
		Attempts.Started again = attempts.start(QuizId.of(QUIZ), LearnerId.of("ada"));

		assertThat(third.resumed()).isFalse();
		assertThat(third.attempt().number()).isEqualTo(3);
		assertThat(again.resumed()).isTrue();
		assertThat(again.attempt().publicId()).isEqualTo(third.attempt().publicId());
		// Another learner's attempts count for nothing.
		assertThat(attempts.start(QuizId.of(QUIZ), LearnerId.of("alan")).attempt().number()).isEqualTo(1);
	}

	@Test
	void sixteenConcurrentSubmitsRecordExactlyOneResult() throws Exception {
		Attempt attempt = attempts.start(QuizId.of(QUIZ), LearnerId.of("barbara")).attempt();
		ExecutorService pool = Executors.newFixedThreadPool(16);
		CountDownLatch go = new CountDownLatch(1);
		List<Future<GradedAttempt>> submits = new ArrayList<>();
		for (int i = 0; i < 16; i++) {
			String answer = i % 2 == 0 ? "aws" : "customer";
			submits.add(pool.submit(() -> {
				go.await();
				return attempts.submit(QuizId.of(QUIZ), attempt.publicId(), LearnerId.of("barbara"),
						ids -> Map.of("rds-patching", new Response.Choices(List.of(answer))), Optional.empty()).result();
			}));
		}
		go.countDown();
		int won = 0;
		int conflicts = 0;
		for (Future<GradedAttempt> submit : submits) {
			try {
				submit.get();
				won++;
			}
			catch (java.util.concurrent.ExecutionException lost) {
				assertThat(lost.getCause()).isInstanceOf(AttemptConflict.class);
				conflicts++;
			}
		}
		pool.shutdown();

		assertThat(won).isEqualTo(1);
		assertThat(conflicts).isEqualTo(15);
		assertThat(events.heard).filteredOn(event -> event.attemptId().equals(attempt.publicId())).hasSize(1);
		Attempt stored = attempts.find(QuizId.of(QUIZ), attempt.publicId(), LearnerId.of("barbara"));
		assertThat(stored.state()).isEqualTo(Attempt.State.SUBMITTED);
		assertThat(stored.fractions()).hasSize(13);
	}
}
