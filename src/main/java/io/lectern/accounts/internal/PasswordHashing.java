package io.lectern.accounts.internal;

import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Passwords are hashed with Argon2id (16 MiB, 2 passes, a random salt each). Each hash is stored
 * with its scheme, {@code {argon2}...}, so a stronger setting can come later without locking
 * anyone out: old hashes still verify. As many are worked out at once as there are cores, which
 * bounds the memory they take ({@link BoundedPasswordHashing}), and that memory is kept and reused
 * rather than made anew for each hash ({@link PooledArgon2}).
 */
@Configuration(proxyBeanMethods = false)
class PasswordHashing {

	@Bean
	PasswordEncoder passwordEncoder() {
		String scheme = "argon2";
		int atOnce = Runtime.getRuntime().availableProcessors();
		return new BoundedPasswordHashing(new DelegatingPasswordEncoder(scheme, Map.of(scheme, new PooledArgon2(atOnce))),
				atOnce);
	}
}
