package io.lectern.accounts.internal.mfa;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time codes as RFC 6238 defines them and authenticator apps read them from a QR
 * code: HMAC-SHA1, 30-second steps counted from the Unix epoch, 6 digits. A code is accepted for
 * the step before and after the current one too, since phone clocks drift and people type slowly.
 */
final class Totp {

	static final Duration STEP = Duration.ofSeconds(30);

	static final int DIGITS = 6;

	/** Steps either side of now that still count. */
	static final int TOLERANCE = 1;

	private final TimeBasedOneTimePasswordGenerator generator;
	private final String algorithm;

	private Totp(int digits, String algorithm) {
		this.generator = new TimeBasedOneTimePasswordGenerator(STEP, digits, algorithm);
		this.algorithm = algorithm;
	}

	/** As authenticator apps expect. */
	static Totp standard() {
		return new Totp(DIGITS, TimeBasedOneTimePasswordGenerator.TOTP_ALGORITHM_HMAC_SHA1);
	}

	/** Other lengths and hashes, for RFC 6238's own test vectors (8 digits, SHA-256, SHA-512). */
	static Totp of(int digits, String algorithm) {
		return new Totp(digits, algorithm);
	}

	static long stepAt(Instant time) {
		return Math.floorDiv(time.getEpochSecond(), STEP.toSeconds());
	}

	/** The code of one step, zero-padded to its length. */
	String code(byte[] secret, long step) {
		try {
			int value = generator.generateOneTimePassword(new SecretKeySpec(secret, algorithm),
					Instant.ofEpochSecond(step * STEP.toSeconds()));
			return String.format("%0" + generator.getPasswordLength() + "d", value);
		}
		catch (InvalidKeyException ex) {
			throw new IllegalStateException("A TOTP secret is not a valid HMAC key", ex);
		}
	}

	/**
	 * The step whose code was typed, trying now and a step either side (the latest that matches).
	 * Whether that step was used already is for the caller to know. Spaces in what was typed are
	 * ignored; every candidate is compared in constant time.
	 */
	OptionalLong stepOf(byte[] secret, String typed, Instant now) {
		String digits = typed == null ? "" : typed.replaceAll("\\s", "");
		if (digits.length() != generator.getPasswordLength() || !digits.chars().allMatch(Character::isDigit)) {
			return OptionalLong.empty();
		}
		long current = stepAt(now);
		OptionalLong matched = OptionalLong.empty();
		for (long step = current - TOLERANCE; step <= current + TOLERANCE; step++) {
			if (MessageDigest.isEqual(code(secret, step).getBytes(StandardCharsets.US_ASCII),
					digits.getBytes(StandardCharsets.US_ASCII))) {
				matched = OptionalLong.of(step);
			}
		}
		return matched;
	}
}
