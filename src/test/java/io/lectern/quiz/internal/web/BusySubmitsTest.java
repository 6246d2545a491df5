package io.lectern.quiz.internal.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.lectern.quiz.QuizAttemptGraded;
import io.lectern.quiz.internal.SubmitGate;
import io.lectern.quiz.internal.TakenTurns;
import io.lectern.web.Browser;
import io.lectern.web.PageHeader;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Submits that arrive when grading is saturated: turned away with 503 and Retry-After, nothing
 * changed, and counted once when sent again, even after the time limit. The gate queues none, and
 * the test holds all its turns itself until it lets go, so every refusal is certain.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
		"spring.datasource.url=jdbc:h2:mem:busy", "lectern.content.dir=src/test/resources/fixtures/timed-quiz",
		"lectern.quiz.submit.concurrency=" + BusySubmitsTest.TURNS, "lectern.quiz.submit.queue=0" })
class BusySubmitsTest {

	static final String INTRO = TimedQuizPagesTest.INTRO;

	/** Submits graded at once: more than the concurrent retries below, so that they all reach grading. */
	static final int TURNS = 8;

	static final String[] RIGHT = { "q-who-keeps", "you", "q-key-name", "SSE-C", "action", "submit" };

	@TestConfiguration
	static class Setup {

		@Bean
		@Primary
		TimedQuizPagesTest.MovableClock movableClock() {
			return new TimedQuizPagesTest.MovableClock();
		}

		@Bean
		Graded graded() {
			return new Graded();
		}
	}

	/** Every grade announced by a committed submit (read through a method: the bean is proxied). */
	static class Graded {
		private final AtomicInteger count = new AtomicInteger();

		@TransactionalEventListener
		void on(QuizAttemptGraded graded) {
			count.incrementAndGet();
		}

		public int count() {
			return count.get();
		}
	}

	@LocalServerPort
	int port;

	@Autowired
	TimedQuizPagesTest.MovableClock clock;

	@Autowired
	SubmitGate gate;

	@Autowired
	Graded graded;

	final ExecutorService threads = Executors.newCachedThreadPool();

	/** Every turn of the gate, taken by {@link #saturate()}. */
	TakenTurns taken;

	@AfterEach
	void shutDown() {
		if (taken != null) {
			taken.close();
		}
		threads.shutdownNow();
	}

	/** Takes every turn of the gate, as long gradings would, until {@link TakenTurns#letGo()}. */
	void saturate() throws Exception {
		taken = TakenTurns.take(gate, TURNS);
	}

	@Test
	void aSubmitTurnedAwayIsTold503WithRetryAfterAndKeepsItsAnswersInThePage() throws Exception {
		Browser learner = Browser.newLearner(port);
		String attempt = QuizPagesTest.start(learner, INTRO);
		learner.get(attempt);
		int gradedBefore = graded.count();
		saturate();

		HttpResponse<String> busy = learner.submit(attempt, RIGHT);

		assertThat(busy.statusCode()).isEqualTo(503);
		assertThat(busy.headers().firstValue("Retry-After").map(Long::parseLong)).hasValueSatisfying(
				seconds -> assertThat(seconds).isPositive());
		PageHeader.assertNamesTheLearner("the busy page", busy.body(), "Test Learner");
		assertThat(busy.body()).contains("not submitted yet", "Nothing was lost",
				"name=\"q-who-keeps\" value=\"you\"", "name=\"q-key-name\" value=\"SSE-C\"", "name=\"_csrf\"",
				"action=\"" + attempt + "\"", "Submit again", "reached the server at");
		assertThat(learner.get(attempt).body()).contains("Submit and see my result");
		assertThat(graded.count()).isEqualTo(gradedBefore);

		taken.letGo();
		String review = learner.follow(learner.submit(attempt, RIGHT)).body();
		assertThat(review).contains("100%", "Passed").doesNotContain("after its time limit");
	}

	@Test
	void theApiAnswers503WithRetryAfterAndTheSameBodyIsGradedWhenSentAgain() throws Exception {
		Browser learner = Browser.newLearner(port);
		String attempt = "/api" + QuizPagesTest.start(learner, INTRO);
		String answers = "{\"answers\":{\"who-keeps\":{\"choices\":[\"you\"]},\"key-name\":{\"text\":\"SSE-C\"}}}";
		saturate();

		HttpResponse<String> busy = learner.sendJson("POST", attempt + "/submission", answers);
		assertThat(busy.statusCode()).isEqualTo(503);
		assertThat(busy.headers().firstValue("Retry-After")).isPresent();
		assertThat(busy.body()).contains("\"status\":503", "Nothing was lost");

		taken.letGo();
		HttpResponse<String> result = learner.sendJson("POST", attempt + "/submission", answers);
		assertThat(result.statusCode()).isEqualTo(200);
		assertThat(result.body()).contains("\"percent\":100");
	}

	@Test
	void answersTurnedAwayWithinTheGracePeriodStillCountWhenSentAgainAfterIt() throws Exception {
		Browser learner = Browser.newLearner(port);
		String attempt = QuizPagesTest.start(learner, INTRO);
		learner.get(attempt);
		clock.advance(Duration.ofMinutes(10).plusSeconds(20)); // past the 10-minute limit, inside its grace
		saturate();
		assertThat(learner.submit(attempt, RIGHT).statusCode()).isEqualTo(503);

		clock.advance(Duration.ofMinutes(3)); // the grace period is long over when the turn comes
		taken.letGo();
		String review = learner.follow(learner.submit(attempt, RIGHT)).body();

		assertThat(review).contains("100%", "2 of 2 points").doesNotContain("after its time limit");
	}

	@Test
	void theApiKeepsAnswersTurnedAwayWithinTheGracePeriodWhenTheSameBodyComesAfterIt() throws Exception {
		Browser learner = Browser.newLearner(port);
		String attempt = "/api" + QuizPagesTest.start(learner, INTRO);
		String answers = "{\"answers\":{\"key-name\":{\"text\":\"SSE-C\"},\"who-keeps\":{\"choices\":[\"you\"]}}}";
		clock.advance(Duration.ofMinutes(10).plusSeconds(20)); // past the 10-minute limit, inside its grace
		saturate();
		assertThat(learner.sendJson("POST", attempt + "/submission", answers).statusCode()).isEqualTo(503);

		clock.advance(Duration.ofMinutes(3)); // nothing was saved: answers that came late would score 0
		taken.letGo();
		HttpResponse<String> result = learner.sendJson("POST", attempt + "/submission", answers);

		assertThat(result.statusCode()).isEqualTo(200);
		assertThat(result.body()).contains("\"percent\":100", "\"late\":false");
	}

	@Test
	void otherAnswersSentAfterTheLimitDoNotInheritTheFirstArrival() throws Exception {
		Browser learner = Browser.newLearner(port);
		String attempt = QuizPagesTest.start(learner, INTRO);
		learner.get(attempt);
		learner.submit(attempt, "q-who-keeps", "you", "action", "save");
		clock.advance(Duration.ofMinutes(10).plusSeconds(20));
		saturate();
		assertThat(learner.submit(attempt, "q-who-keeps", "you", "action", "submit").statusCode()).isEqualTo(503);

		clock.advance(Duration.ofMinutes(3));
		taken.letGo();
		String review = learner.follow(learner.submit(attempt, RIGHT)).body();

		assertThat(review).contains("50%", "1 of 2 points", "submitted after its time limit");
	}

	@Test
	void retriesSentAtOnceAfterARefusalAreGradedOnce() throws Exception {
		Browser learner = Browser.newLearner(port);
		String attempt = QuizPagesTest.start(learner, INTRO);
		learner.get(attempt);
		saturate();
		assertThat(learner.submit(attempt, RIGHT).statusCode()).isEqualTo(503);
		taken.letGo();
		int gradedBefore = graded.count();

		CountDownLatch together = new CountDownLatch(1);
		List<Future<Integer>> retries = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			retries.add(threads.submit(() -> {
				together.await();
				return learner.submit(attempt, RIGHT).statusCode();
			}));
		}
		together.countDown();
		List<Integer> statuses = new ArrayList<>();
		for (Future<Integer> retry : retries) {
			statuses.add(retry.get());
		}

		assertThat(statuses).containsOnly(302, 409).containsOnlyOnce(302);
		assertThat(graded.count()).isEqualTo(gradedBefore + 1);
		String attempts = learner.sendJson("GET", "/api/quizzes/key-check", null).body();
		assertThat(attempts.split("\"state\":\"submitted\"", -1)).hasSize(2);
	}
}
