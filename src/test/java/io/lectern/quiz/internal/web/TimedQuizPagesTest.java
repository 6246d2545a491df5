package io.lectern.quiz.internal.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.lectern.web.Browser;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** A timed quiz with immediate review, on a clock the test moves. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
		"spring.datasource.url=jdbc:h2:mem:timed", "lectern.content.dir=src/test/resources/fixtures/timed-quiz" })
class TimedQuizPagesTest {

	static final String INTRO = "/quizzes/key-check";

	/** A clock that stands still until a test moves it. */
	static final class MovableClock extends Clock {

		private volatile Instant now = Instant.parse("2026-03-02T09:00:00Z");

		void advance(Duration duration) {
			now = now.plus(duration);
		}

		@Override
		public Instant instant() {
			return now;
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}
	}

	@TestConfiguration
	static class Time {

		@Bean
		@Primary
		MovableClock movableClock() {
			return new MovableClock();
		}
	}

	@LocalServerPort
	int port;

	@Autowired
	MovableClock clock;

	@Test
	void theAttemptPageCountsDownToTheServersDeadline() {
		Browser learner = Browser.newLearner(port);
		assertThat(learner.get(INTRO).body()).contains("10 minutes", "The clock starts when you begin");

		String attempt = QuizPagesTest.start(learner, INTRO);
		Instant deadline = clock.instant().plus(Duration.ofMinutes(10));

		assertThat(learner.get(attempt).body()).contains("data-deadline=\"" + deadline + "\"", "Time left:",
				"submit by " + java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", java.util.Locale.ENGLISH)
					.withZone(java.time.ZoneOffset.UTC).format(deadline), "/js/quiz.js");
	}

	@Test
	void afterTheDeadlineOnlyAnswersSavedInTimeCount() {
		Browser learner = Browser.newLearner(port);
		String attempt = QuizPagesTest.start(learner, INTRO);
		learner.get(attempt);
		learner.submit(attempt, "q-who-keeps", "you", "action", "save");

		clock.advance(Duration.ofMinutes(11));
		assertThat(learner.get(attempt).body()).contains("Time is up");
		assertThat(learner.get(INTRO).body()).contains("The time for your attempt is up", "Continue attempt 1");
		HttpResponse<String> lateSave = learner.submit(attempt, "q-key-name", "SSE-C", "action", "save");
		assertThat(lateSave.statusCode()).isEqualTo(409);
		assertThat(lateSave.body()).contains("Time is up");

		String review = learner.follow(learner.submit(attempt, "q-who-keeps", "you", "q-key-name", "SSE-C", "action",
				"submit")).body();
		assertThat(review).contains("50%", "submitted after its time limit", "1 of 2 points");
	}

	@Test
	void withImmediateReviewTheFirstResultExplainsEverything() {
		Browser learner = Browser.newLearner(port);
		String attempt = QuizPagesTest.start(learner, INTRO);
		learner.get(attempt);

		String review = learner.follow(learner.submit(attempt, "q-who-keeps", "both", "q-key-name", "sse-kms",
				"action", "submit")).body();

		assertThat(review).contains(">Correct answer<", "Only you", "AWS does not store a key you provide.",
				"You send the key with every request", "SSE-C", "Incorrect",
				"href=\"/courses/key-care/01-who-holds-the-key#customer-provided-keys\"", "Try again");
	}
}
