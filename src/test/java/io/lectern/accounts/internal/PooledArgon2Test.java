package io.lectern.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

class PooledArgon2Test {

	static final String PASSWORD = "correct horse battery staple";

	final PooledArgon2 pooled = new PooledArgon2(2);

	final Argon2PasswordEncoder spring = Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();

	@Test
	void itWritesSpringSecuritysFormatWithTheSameSettings() {
		String hash = pooled.encode(PASSWORD);

		assertThat(hash).startsWith("$argon2id$v=19$m=16384,t=2,p=1$");
		assertThat(spring.matches(PASSWORD, hash)).isTrue();
		assertThat(spring.matches("another password", hash)).isFalse();
		assertThat(spring.upgradeEncoding(hash)).isFalse();
	}

	@Test
	void hashesStoredBySpringSecuritysEncoderStillVerify() {
		String stored = spring.encode(PASSWORD);

		assertThat(pooled.matches(PASSWORD, stored)).isTrue();
		assertThat(pooled.matches("another password", stored)).isFalse();
		assertThat(pooled.upgradeEncoding(stored)).isFalse();
	}

	@Test
	void eachHashHasItsOwnSalt() {
		assertThat(pooled.encode(PASSWORD)).isNotEqualTo(pooled.encode(PASSWORD));
	}

	@Test
	void aWeakerOlderHashIsMadeAgainAtTheNextLogin() {
		String older = Argon2PasswordEncoder.defaultsForSpringSecurity_v5_2().encode(PASSWORD); // 4 MiB

		assertThat(pooled.matches(PASSWORD, older)).isTrue();
		assertThat(pooled.upgradeEncoding(older)).isTrue();
	}

	@Test
	void whatIsNotAnArgon2HashMatchesNothing() {
		assertThat(pooled.matches(PASSWORD, "$argon2id$v=19$m=16384")).isFalse();
		assertThat(pooled.matches(PASSWORD, "$scrypt$v=19$m=16384,t=2,p=1$c2FsdA$aGFzaA")).isFalse();
		assertThat(pooled.matches(PASSWORD, "$argon2id$v=19$m=lots,t=2,p=1$c2FsdA$aGFzaA")).isFalse();
		assertThat(pooled.matches(PASSWORD, "$argon2id$v=19$m=16384,t=2,p=1$not base64!$aGFzaA")).isFalse();
	}

	/**
	 * The point of the pool: a hash takes its 16 MiB of working memory from the blocks the hash
	 * before it gave back, where Spring's own encoder allocates them anew each time.
	 */
	@Test
	void aHashReusesTheWorkingMemoryOfTheHashBeforeIt() {
		pooled.matches(PASSWORD, pooled.encode(PASSWORD));

		long reusing = allocatedBy(() -> pooled.matches(PASSWORD, pooled.encode(PASSWORD)));
		long anew = allocatedBy(() -> spring.matches(PASSWORD, spring.encode(PASSWORD)));

		assertThat(anew).as("two hashes by Spring's encoder").isGreaterThan(2 * 16L << 20);
		assertThat(reusing).as("two hashes from the pool").isLessThan(1L << 20);
	}

	@Test
	void hashesRunningAtOnceShareThePoolSafely() throws Exception {
		ExecutorService learners = Executors.newFixedThreadPool(4);
		try {
			List<Future<Boolean>> checks = new ArrayList<>();
			for (int i = 0; i < 8; i++) {
				String password = PASSWORD + " " + i;
				checks.add(learners.submit(() -> pooled.matches(password, pooled.encode(password))
						&& !pooled.matches(password + "!", spring.encode(password))));
			}
			for (Future<Boolean> check : checks) {
				assertThat(check.get()).isTrue();
			}
		}
		finally {
			learners.shutdown();
		}
	}

	/** The bytes this thread allocates while {@code work} runs (HotSpot counts them per thread). */
	private static long allocatedBy(Runnable work) {
		com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
		long id = Thread.currentThread().getId();
		long before = threads.getThreadAllocatedBytes(id);
		work.run();
		return threads.getThreadAllocatedBytes(id) - before;
	}
}
