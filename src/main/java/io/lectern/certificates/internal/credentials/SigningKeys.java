package io.lectern.certificates.internal.credentials;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import io.lectern.certificates.internal.PublicAddress;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The RSA keys certificates are signed with (RS256, the minimum Open Badges 3.0 asks for). The key
 * comes from a JWK file when one is configured ({@code lectern.credentials.key-file}); otherwise it
 * is kept in the database, made when the first credential or revocation list is signed. Rotating
 * retires the signing key without deleting it: retired keys stay published, so credentials they
 * signed still verify.
 *
 * <p>Each key is published under an address of its own, {@code /issuer/keys/{thumbprint}}, which is
 * also its {@code kid}: a verifier dereferences the JWT's {@code kid} and gets the public key.
 */
@Service
public class SigningKeys {

	private static final Logger log = LoggerFactory.getLogger(SigningKeys.class);

	private final CredentialKeyRepository keys;
	private final PublicAddress address;
	private final Clock clock;
	private final Optional<RSAKey> fromFile;
	private final TransactionTemplate ownTransaction;

	SigningKeys(CredentialKeyRepository keys, PublicAddress address, Clock clock, PlatformTransactionManager transactions,
			@Value("${lectern.credentials.key-file:}") String keyFile) {
		this.keys = keys;
		this.address = address;
		this.clock = clock;
		this.ownTransaction = new TransactionTemplate(transactions);
		// Committed before the lock is let go; signing() and its callers hold no transaction to suspend.
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.fromFile = keyFile.isBlank() ? Optional.empty() : Optional.of(read(Path.of(keyFile.strip())));
	}

	/**
	 * The key that signs now: the file's, or the newest in the database not retired (made when there
	 * is none). In no transaction of its own: the first key is made in one, which would otherwise be a
	 * second connection held by every request that signs at that moment.
	 */
	public RSAKey signing() {
		if (fromFile.isPresent()) {
			return fromFile.get();
		}
		return current().orElseGet(this::firstKey);
	}

	public boolean fromFile() {
		return fromFile.isPresent();
	}

	private Optional<RSAKey> current() {
		return keys.findAllByOrderByCreatedAtDesc()
			.stream()
			.filter(key -> key.retiredAt().isEmpty())
			.findFirst()
			.map(key -> parse(key.privateJwk()));
	}

	/**
	 * The first key is made when it is first needed, not at start-up, where making an RSA key on a
	 * cold JVM took a second of CPU before the first page. Made and committed under a lock, so that
	 * certificates signed at the same moment on this instance find it rather than each make one.
	 */
	private synchronized RSAKey firstKey() {
		return ownTransaction.execute(status -> current().orElseGet(this::generate));
	}

	/** Retires the key that signs now and makes a new one; the old one stays published. */
	@Transactional
	public RSAKey rotate() {
		keys.findAll().forEach(key -> key.retire(clock.instant()));
		return generate();
	}

	/** The public half of every key that signed or signs, with its address as its {@code kid}. */
	@Transactional(readOnly = true)
	public List<RSAKey> published() {
		List<RSAKey> all = new ArrayList<>();
		fromFile.ifPresent(all::add);
		keys.findAllByOrderByCreatedAtDesc().forEach(key -> all.add(parse(key.privateJwk())));
		return all.stream().map(this::publicHalf).toList();
	}

	public Optional<RSAKey> published(String thumbprint) {
		return published().stream().filter(key -> key.getKeyID().equals(kidOf(thumbprint))).findFirst();
	}

	/** The key's address, which is its {@code kid} in JWT headers and in the key set. */
	public String kidOf(RSAKey key) {
		return kidOf(thumbprint(key));
	}

	private String kidOf(String thumbprint) {
		return address.of("/issuer/keys/" + thumbprint);
	}

	private RSAKey publicHalf(RSAKey key) {
		return new RSAKey.Builder(key.toPublicJWK()).keyUse(KeyUse.SIGNATURE)
			.algorithm(com.nimbusds.jose.JWSAlgorithm.RS256)
			.keyID(kidOf(key))
			.build();
	}

	private RSAKey generate() {
		try {
			RSAKey key = new RSAKeyGenerator(2048).keyUse(KeyUse.SIGNATURE).generate();
			keys.save(new CredentialKey(thumbprint(key), key.toJSONString(), clock.instant()));
			log.info("Made a new key to sign certificates with: {}", thumbprint(key));
			return key;
		}
		catch (JOSEException ex) {
			throw new IllegalStateException("Could not make an RSA key", ex);
		}
	}

	static String thumbprint(RSAKey key) {
		try {
			return key.computeThumbprint().toString();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static RSAKey parse(String json) {
		try {
			return RSAKey.parse(json);
		}
		catch (ParseException ex) {
			throw new IllegalStateException("A signing key in the database is not a JWK", ex);
		}
	}

	private static RSAKey read(Path file) {
		try {
			JWK jwk = JWK.parse(Files.readString(file));
			if (!(jwk instanceof RSAKey rsa) || !rsa.isPrivate()) {
				throw new IllegalStateException("lectern.credentials.key-file must hold an RSA JWK with its private part: " + file);
			}
			return rsa;
		}
		catch (IOException | ParseException ex) {
			throw new IllegalStateException("lectern.credentials.key-file cannot be read as a JWK: " + file, ex);
		}
	}
}
