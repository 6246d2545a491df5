package io.lectern.progress.internal.visits;

import io.lectern.accounts.LearnerId;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/** Page views noted in memory before they are written: one note per learner and course, and never more than room for. */
class VisitBufferTest {

	static final Instant NOON = Instant.parse("2026-12-02T12:00:00Z");

	@Test
	void manyViewsOfOneLessonByOneLearnerAtOnceLeaveOneNoteTheLatest() throws Exception {
		VisitBuffer buffer = new VisitBuffer(10);
		CountDownLatch go = new CountDownLatch(1);
		List<CompletableFuture<Void>> views = new ArrayList<>();
		for (int thread = 0; thread < 8; thread++) {
			int first = thread * 100;
			views.add(CompletableFuture.runAsync(() -> {
				await(go);
				for (int second = first; second < first + 100; second++) {
					buffer.note(view("ada", "aws-data-security", "iam.md", second));
				}
			}));
		}
		go.countDown();
		for (CompletableFuture<Void> view : views) {
			view.get();
		}

		assertThat(buffer.drain()).containsExactly(view("ada", "aws-data-security", "iam.md", 799));
		assertThat(buffer.size()).isZero();
	}

	@Test
	void anEarlierViewFinishingLateDoesNotMoveTheLearnerBack() {
		VisitBuffer buffer = new VisitBuffer(10);
		buffer.note(view("ada", "aws-data-security", "iam.md", 20));
		buffer.note(view("ada", "aws-data-security", "intro.md", 10));

		assertThat(buffer.pending(LearnerId.of("ada"), "aws-data-security")).contains(view("ada", "aws-data-security", "iam.md", 20));
	}

	@Test
	void aFullBufferRefusesNewLearnersAndCountsThemButKeepsTakingTheLatestViewsOfThoseNoted() {
		VisitBuffer buffer = new VisitBuffer(2);
		assertThat(buffer.note(view("ada", "aws-data-security", "intro.md", 1))).isTrue();
		assertThat(buffer.note(view("bob", "aws-data-security", "intro.md", 2))).isTrue();

		assertThat(buffer.note(view("cy", "aws-data-security", "intro.md", 3))).isFalse();
		assertThat(buffer.note(view("ada", "aws-data-security", "iam.md", 4))).isTrue();

		assertThat(buffer.size()).isEqualTo(2);
		assertThat(buffer.takeRefused()).isEqualTo(1);
		assertThat(buffer.takeRefused()).isZero();
		assertThat(buffer.drain()).containsExactlyInAnyOrder(view("ada", "aws-data-security", "iam.md", 4),
				view("bob", "aws-data-security", "intro.md", 2));
		assertThat(buffer.note(view("cy", "aws-data-security", "intro.md", 5))).isTrue();
	}

	@Test
	void visitsThatCouldNotBeWrittenGoBackUnlessTheLearnerReadOnSince() {
		VisitBuffer buffer = new VisitBuffer(10);
		buffer.note(view("ada", "aws-data-security", "intro.md", 1));
		buffer.note(view("bob", "aws-data-security", "intro.md", 2));
		List<VisitBuffer.Noted> unwritten = buffer.drain();
		buffer.note(view("ada", "aws-data-security", "iam.md", 3));

		buffer.putBack(unwritten);

		assertThat(buffer.drain()).containsExactlyInAnyOrder(view("ada", "aws-data-security", "iam.md", 3),
				view("bob", "aws-data-security", "intro.md", 2));
	}

	@Test
	void aForgottenLearnersNotesAreDroppedAndFreeTheirRoom() {
		VisitBuffer buffer = new VisitBuffer(2);
		buffer.note(view("ada", "aws-data-security", "intro.md", 1));
		buffer.note(view("ada", "another-course", "intro.md", 1));

		buffer.forget(LearnerId.of("ada"));

		assertThat(buffer.size()).isZero();
		assertThat(buffer.note(view("bob", "aws-data-security", "intro.md", 2))).isTrue();
		assertThat(buffer.drain()).extracting(VisitBuffer.Noted::learner).containsExactly(LearnerId.of("bob"));
	}

	private static VisitBuffer.Noted view(String learner, String course, String lesson, int second) {
		return new VisitBuffer.Noted(LearnerId.of(learner), course, lesson, NOON.plusSeconds(second));
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}
}
