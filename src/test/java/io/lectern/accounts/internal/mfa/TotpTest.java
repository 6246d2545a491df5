package io.lectern.accounts.internal.mfa;

import static org.assertj.core.api.Assertions.assertThat;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Codes as RFC 6238 computes them: its own test vectors (Appendix B), and the window a code is accepted in. */
class TotpTest {

	private static final byte[] SHA1_SEED = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

	private static final byte[] SHA256_SEED = "12345678901234567890123456789012".getBytes(StandardCharsets.US_ASCII);

	private static final byte[] SHA512_SEED = ("1234567890".repeat(6) + "1234").getBytes(StandardCharsets.US_ASCII);

	@ParameterizedTest(name = "at {0} s: {1}, {2}, {3}")
	@CsvSource({ "59, 94287082, 46119246, 90693936", "1111111109, 07081804, 68084774, 25091201",
			"1111111111, 14050471, 67062674, 99943326", "1234567890, 89005924, 91819424, 93441116",
			"2000000000, 69279037, 90698825, 38618901", "20000000000, 65353130, 77737706, 47863826" })
	void theCodesAreThoseOfRfc6238sTestVectors(long seconds, String sha1, String sha256, String sha512) {
		long step = Totp.stepAt(Instant.ofEpochSecond(seconds));

		assertThat(Totp.of(8, TimeBasedOneTimePasswordGenerator.TOTP_ALGORITHM_HMAC_SHA1).code(SHA1_SEED, step)).isEqualTo(sha1);
		assertThat(Totp.of(8, TimeBasedOneTimePasswordGenerator.TOTP_ALGORITHM_HMAC_SHA256).code(SHA256_SEED, step))
			.isEqualTo(sha256);
		assertThat(Totp.of(8, TimeBasedOneTimePasswordGenerator.TOTP_ALGORITHM_HMAC_SHA512).code(SHA512_SEED, step))
			.isEqualTo(sha512);
	}

	@Test
	void appsShowTheLastSixDigitsWithSha1AndThirtySecondSteps() {
		assertThat(Totp.standard().code(SHA1_SEED, Totp.stepAt(Instant.ofEpochSecond(59)))).isEqualTo("287082");
		assertThat(Totp.standard().code(SHA1_SEED, Totp.stepAt(Instant.ofEpochSecond(1111111109)))).isEqualTo("081804");
		assertThat(Totp.stepAt(Instant.ofEpochSecond(59))).isEqualTo(1);
	}

	@Test
	void aCodeOfTheStepBeforeOrAfterIsAcceptedButNotTwoStepsAway() {
		Totp totp = Totp.standard();
		Instant now = Instant.ofEpochSecond(1_800_000_015);
		long step = Totp.stepAt(now);

		assertThat(totp.stepOf(SHA1_SEED, totp.code(SHA1_SEED, step), now)).hasValue(step);
		assertThat(totp.stepOf(SHA1_SEED, totp.code(SHA1_SEED, step - 1), now)).hasValue(step - 1);
		assertThat(totp.stepOf(SHA1_SEED, totp.code(SHA1_SEED, step + 1), now)).hasValue(step + 1);
		assertThat(totp.stepOf(SHA1_SEED, totp.code(SHA1_SEED, step - 2), now)).isEmpty();
		assertThat(totp.stepOf(SHA1_SEED, totp.code(SHA1_SEED, step + 2), now)).isEmpty();
	}

	@Test
	void spacesAreIgnoredAndAnythingButSixDigitsIsWrong() {
		Totp totp = Totp.standard();
		Instant now = Instant.ofEpochSecond(1_800_000_015);
		String code = totp.code(SHA1_SEED, Totp.stepAt(now));

		assertThat(totp.stepOf(SHA1_SEED, code.substring(0, 3) + " " + code.substring(3), now)).isPresent();
		assertThat(totp.stepOf(SHA1_SEED, code + "0", now)).isEmpty();
		assertThat(totp.stepOf(SHA1_SEED, "abcdef", now)).isEmpty();
		assertThat(totp.stepOf(SHA1_SEED, null, now)).isEmpty();
	}
}
