package io.lectern.operations.internal.content;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The secret a CI job sends in {@value #HEADER} to ask for a reload without an admin's login
 * ({@code lectern.content.reload-secret}, {@code LECTERN_CONTENT_RELOAD_SECRET}). Compared in
 * constant time, as digests of equal length, so the answer's timing tells nothing of it.
 */
@Component
class ReloadSecret {

	static final String HEADER = "X-Lectern-Reload-Secret";

	/** Short secrets can be guessed; one a generator made is far longer. */
	static final int SHORTEST = 16;

	private final byte[] digest;

	ReloadSecret(@Value("${lectern.content.reload-secret:}") String secret) {
		if (!secret.isEmpty() && secret.length() < SHORTEST) {
			throw new IllegalStateException("lectern.content.reload-secret must be at least " + SHORTEST
					+ " characters long; make one with: openssl rand -hex 32");
		}
		this.digest = secret.isEmpty() ? null : digest(secret);
	}

	boolean isSet() {
		return digest != null;
	}

	boolean matches(String presented) {
		return digest != null && presented != null && MessageDigest.isEqual(digest, digest(presented));
	}

	private static byte[] digest(String text) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}
}
