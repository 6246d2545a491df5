package io.lectern.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.password.PasswordEncoder;

class BoundedPasswordHashingTest {

	/** Counts how many hashes run at once; each takes long enough for the others to pile up. */
	static final class Counting implements PasswordEncoder {

		final AtomicInteger running = new AtomicInteger();

		final AtomicInteger most = new AtomicInteger();

		@Override
		public String encode(CharSequence raw) {
			work();
			return "hash:" + raw;
		}

		@Override
		public boolean matches(CharSequence raw, String encoded) {
			work();
			return encoded.equals("hash:" + raw);
		}

		private void work() {
			most.accumulateAndGet(running.incrementAndGet(), Math::max);
			try {
				Thread.sleep(30);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			running.decrementAndGet();
		}
	}

	@Test
	void noMorePasswordsAreHashedOrCheckedAtOnceThanItAllows() throws Exception {
		Counting hashing = new Counting();
		PasswordEncoder bounded = new BoundedPasswordHashing(hashing, 2);
		ExecutorService learners = Executors.newFixedThreadPool(12);
		try {
			List<Future<Boolean>> done = new ArrayList<>();
			for (int i = 0; i < 24; i++) {
				String password = "password " + i;
				done.add(learners.submit(() -> bounded.matches(password, bounded.encode(password))));
			}
			for (Future<Boolean> each : done) {
				assertThat(each.get()).isTrue();
			}
		}
		finally {
			learners.shutdown();
		}
		assertThat(hashing.most.get()).isEqualTo(2);
	}

	@Test
	void aWrongPasswordStillFails() {
		PasswordEncoder bounded = new BoundedPasswordHashing(new Counting(), 1);
		assertThat(bounded.matches("wrong", bounded.encode("right"))).isFalse();
	}
}
