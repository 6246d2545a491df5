package io.lectern.progress.internal.scores;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.lectern.accounts.LearnerId;
import io.lectern.authoring.QuizId;
import io.lectern.progress.internal.mastery.GradedAnswers;
import io.lectern.progress.internal.review.ReviewRepository;
import io.lectern.quiz.QuizAttemptGraded.QuestionGraded;
import io.lectern.quiz.QuizAttemptGraded;
import io.lectern.quiz.QuizAttemptRecordingDeferred;
import io.lectern.web.PortalTest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Attempts of one learner graded at the same moment and recorded after their submits (as when
 * recording them in the submit failed) are all recorded, their shared review cards too: a
 * recording that clashes with another is run again.
 */
class SimultaneousAttemptsTest extends PortalTest {

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	ScoreRepository scores;

	@Autowired
	ReviewRepository reviews;

	@Autowired
	GradedAnswers results;

	@Test
	void eightAttemptsMissingTheSameQuestionsAtOnceLeaveEightScoresAndOneCardEach() throws Exception {
		String learner = UUID.randomUUID().toString();
		List<QuestionGraded> missed = List.of(new QuestionGraded("rds-patching", 0, List.of("shared-responsibility")),
				new QuestionGraded("lost-key", 0.5, List.of("encryption")));
		CountDownLatch go = new CountDownLatch(1);
		List<CompletableFuture<Void>> submits = new ArrayList<>();
		for (int i = 1; i <= 8; i++) {
			int number = i;
			submits.add(CompletableFuture.runAsync(() -> {
				waitFor(go);
				transactions.executeWithoutResult(status -> events.publishEvent(new QuizAttemptRecordingDeferred(
						new QuizAttemptGraded(UUID.randomUUID().toString(), QuizId.of("shared-responsibility-check"),
								LearnerId.of(learner), number, 10, false, Instant.now(), missed))));
			}));
		}
		go.countDown();
		for (CompletableFuture<Void> submit : submits) {
			submit.get();
		}

		await().atMost(Duration.ofSeconds(20)).until(() -> scores.findByLearnerOrderByGradedAt(LearnerId.of(learner)).size() == 8);
		assertThat(reviews.findByLearner(LearnerId.of(learner))).hasSize(2);
		assertThat(results.of(LearnerId.of(learner))).hasSize(16);
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
