package io.lectern.accounts.internal;

import java.util.concurrent.Semaphore;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Lets at most as many passwords be hashed or checked at once as there are cores; the others wait
 * their turn. Each Argon2 hash holds 16 MiB while it runs, so 32 learners registering at once would
 * ask a small server for 512 MiB, more than its whole heap (bench/load.sh ran out of a 192 MB heap
 * that way). More hashes at once than cores would not finish any sooner: the work is all CPU.
 */
final class BoundedPasswordHashing implements PasswordEncoder {

	private final PasswordEncoder hashing;

	private final Semaphore slots;

	BoundedPasswordHashing(PasswordEncoder hashing, int atOnce) {
		this.hashing = hashing;
		this.slots = new Semaphore(atOnce, true);
	}

	@Override
	public String encode(CharSequence rawPassword) {
		slots.acquireUninterruptibly();
		try {
			return hashing.encode(rawPassword);
		}
		finally {
			slots.release();
		}
	}

	@Override
	public boolean matches(CharSequence rawPassword, String encodedPassword) {
		slots.acquireUninterruptibly();
		try {
			return hashing.matches(rawPassword, encodedPassword);
		}
		finally {
			slots.release();
		}
	}

	@Override
	public boolean upgradeEncoding(String encodedPassword) {
		return hashing.upgradeEncoding(encodedPassword);
	}
}
