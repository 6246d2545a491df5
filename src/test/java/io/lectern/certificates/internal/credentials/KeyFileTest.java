package io.lectern.certificates.internal.credentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.mockito.Mockito.mock;

import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import io.lectern.certificates.internal.PublicAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.transaction.PlatformTransactionManager;

/** A signing key given as a JWK file ({@code LECTERN_CREDENTIALS_KEY_FILE}) instead of one kept in the database. */
class KeyFileTest {

	@TempDir
	Path dir;

	private SigningKeys keysFrom(Path file) {
		return new SigningKeys(mock(CredentialKeyRepository.class), new PublicAddress("https://learn.example.org"),
				Clock.systemUTC(), mock(PlatformTransactionManager.class), file.toString());
	}

	@Test
	void theFilesKeySignsAndOnlyItsPublicHalfIsPublishedUnderItsAddress() throws Exception {
		RSAKey key = new RSAKeyGenerator(2048).generate();
		Path file = Files.writeString(dir.resolve("signing.jwk"), key.toJSONString());

		SigningKeys keys = keysFrom(file);

		assertThat(keys.signing()).isEqualTo(key);
		assertThat(keys.fromFile()).isTrue();
		RSAKey published = keys.published().get(0);
		assertThat(published.isPrivate()).isFalse();
		assertThat(published.getModulus()).isEqualTo(key.getModulus());
		assertThat(published.getKeyID()).isEqualTo("https://learn.example.org/issuer/keys/" + key.computeThumbprint());
	}

	@Test
	void aFileWithoutThePrivatePartOrThatIsNoJwkIsRefusedAtStartWithItsName() throws Exception {
		Path publicOnly = Files.writeString(dir.resolve("public.jwk"), new RSAKeyGenerator(2048).generate().toPublicJWK().toJSONString());
		Path garbled = Files.writeString(dir.resolve("garbled.jwk"), "not a key");

		assertThatIllegalStateException().isThrownBy(() -> keysFrom(publicOnly))
			.withMessageContaining("must hold an RSA JWK with its private part").withMessageContaining("public.jwk");
		assertThatIllegalStateException().isThrownBy(() -> keysFrom(garbled))
			.withMessageContaining("cannot be read as a JWK").withMessageContaining("garbled.jwk");
	}
}
