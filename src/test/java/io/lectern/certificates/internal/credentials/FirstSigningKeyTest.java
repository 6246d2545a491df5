package io.lectern.certificates.internal.credentials;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.RSAKey;
import io.lectern.certificates.CertificatePortalTest;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The first signing key is made when something is first signed, not at start-up; several
 * credentials signed at that same moment share the one key made.
 */
class FirstSigningKeyTest extends CertificatePortalTest {

	@Autowired
	SigningKeys keys;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void certificatesSignedAtOnceWithNoKeyYetShareTheOneKeyMadeForTheFirst() throws Exception {
		// The shared portal may have signed already: its keys are set aside as retired, and restored after.
		List<String> signingBefore = jdbc.queryForList("select id from credential_key where retired_at is null", String.class);
		jdbc.update("update credential_key set retired_at = ? where retired_at is null", Timestamp.from(Instant.now()));
		ExecutorService signers = Executors.newFixedThreadPool(4);
		try {
			List<Future<RSAKey>> signed = signers.invokeAll(Collections.nCopies(4, (Callable<RSAKey>) keys::signing));
			Set<String> used = signed.stream().map(FirstSigningKeyTest::thumbprintOf).collect(Collectors.toSet());

			assertThat(used).hasSize(1);
			assertThat(jdbc.queryForList("select id from credential_key where retired_at is null", String.class))
				.containsExactlyElementsOf(used);
		}
		finally {
			signers.shutdown();
			jdbc.update("delete from credential_key where retired_at is null");
			signingBefore.forEach(id -> jdbc.update("update credential_key set retired_at = null where id = ?", id));
		}
	}

	private static String thumbprintOf(Future<RSAKey> signed) {
		try {
			return SigningKeys.thumbprint(signed.get());
		}
		catch (InterruptedException | ExecutionException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
