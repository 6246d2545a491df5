package io.lectern.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The work a started portal leaves for after its first page: when it runs, in what order, and what stops it. */
class AfterFirstPageTest {

	@Test
	void theWorkWaitsForTheFirstRequestToBeAnsweredThenRunsInTheOrderGiven() throws Exception {
		AfterFirstPage afterFirstPage = new AfterFirstPage(Duration.ofMinutes(5));
		List<String> ran = new CopyOnWriteArrayList<>();
		CountDownLatch bothRan = new CountDownLatch(2);
		afterFirstPage.execute(() -> {
			ran.add("index");
			bothRan.countDown();
		});
		afterFirstPage.execute(() -> {
			ran.add("standings");
			bothRan.countDown();
		});

		assertThat(bothRan.await(300, TimeUnit.MILLISECONDS)).isFalse();
		assertThat(ran).isEmpty();

		afterFirstPage.requestDestroyed(null);
		assertThat(bothRan.await(10, TimeUnit.SECONDS)).isTrue();
		assertThat(ran).containsExactly("index", "standings");
		afterFirstPage.destroy();
	}

	@Test
	void withoutARequestTheWorkRunsOnceTheWaitIsOverAndOneTaskFailingLeavesTheNextToRun() throws Exception {
		AfterFirstPage afterFirstPage = new AfterFirstPage(Duration.ofMillis(200));
		CountDownLatch nextRan = new CountDownLatch(1);
		afterFirstPage.execute(() -> {
			throw new IllegalStateException("the index could not be built");
		});
		afterFirstPage.execute(nextRan::countDown);

		assertThat(nextRan.await(10, TimeUnit.SECONDS)).isTrue();
		afterFirstPage.destroy();
	}

	@Test
	void aPortalStoppingBeforeItsFirstPageStartsNoneOfTheWork() throws Exception {
		AfterFirstPage afterFirstPage = new AfterFirstPage(Duration.ofMinutes(5));
		CountDownLatch ran = new CountDownLatch(1);
		afterFirstPage.execute(ran::countDown);

		afterFirstPage.destroy();
		afterFirstPage.requestDestroyed(null);

		assertThat(ran.await(500, TimeUnit.MILLISECONDS)).isFalse();
	}

	@Test
	void withNoWaitTheWorkRunsAtOnceOnTheCallersThread() {
		AfterFirstPage afterFirstPage = new AfterFirstPage(Duration.ZERO);
		List<Thread> ranOn = new CopyOnWriteArrayList<>();

		afterFirstPage.execute(() -> ranOn.add(Thread.currentThread()));

		assertThat(ranOn).containsExactly(Thread.currentThread());
	}
}
