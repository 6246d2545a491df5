package io.lectern.accounts.internal.mfa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** TOTP secrets in the database: encrypted under the configured key, readable after a key is set later. */
class SecretBoxTest {

	private static final byte[] SECRET = "twenty bytes of key!".getBytes(StandardCharsets.US_ASCII);

	@Test
	void withAKeyTheSecretIsEncryptedAndEachSealingDiffers() {
		SecretBox box = new SecretBox("a long key from the environment");

		String sealed = box.seal(SECRET);

		assertThat(sealed).startsWith("{aes-gcm}").isNotEqualTo(box.seal(SECRET));
		assertThat(box.open(sealed)).isEqualTo(SECRET);
		assertThat(new SecretBox("another key").seal(SECRET)).isNotEqualTo(sealed);
	}

	@Test
	void withoutAKeyTheSecretIsStoredPlainAndStillReadOnceAKeyIsSet() {
		String sealed = new SecretBox("").seal(SECRET);

		assertThat(sealed).startsWith("{plain}");
		assertThat(new SecretBox("a key set later").open(sealed)).isEqualTo(SECRET);
	}

	@Test
	void anEncryptedSecretCannotBeReadWithoutItsKey() {
		String sealed = new SecretBox("a long key from the environment").seal(SECRET);

		assertThatIllegalStateException().isThrownBy(() -> new SecretBox("").open(sealed));
	}
}
